package dev.kafkaexplorer.registry;

import java.util.List;

/**
 * The registry's answer to "may this schema become the subject's next version?": compatible or not,
 * with the registry's own reasons (Confluent's {@code messages} when asked with {@code verbose=true}).
 */
public record CompatibilityVerdict(boolean compatible, List<String> reasons) {

    public CompatibilityVerdict {
        reasons = List.copyOf(reasons == null ? List.of() : reasons);
    }
}
