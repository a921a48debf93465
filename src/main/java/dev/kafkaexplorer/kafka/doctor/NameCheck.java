package dev.kafkaexplorer.kafka.doctor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Step 1: every bootstrap host's name resolves to an address. */
final class NameCheck implements DoctorCheck {

    static final String NAME = "Host names resolve";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DoctorStep run(DoctorRun run) {
        List<String> found = new ArrayList<>();
        for (Endpoint e : run.endpoints()) {
            NameLookup.Answer answer = NameLookup.resolve(e.host(), TIMEOUT);
            if (answer.timedOut()) {
                return DoctorStep.failed(NAME, "Looking up '" + e.host() + "' took longer than "
                        + TIMEOUT.toSeconds() + " s: check this computer's DNS settings or network (VPN?).");
            }
            if (!answer.resolved()) {
                return DoctorStep.failed(NAME, "The host name '" + e.host() + "' does not resolve: check it for "
                        + "typos, or connect to the VPN or network where the cluster's names are known.");
            }
            String address = answer.addresses().get(0).getHostAddress();
            found.add(address.equals(e.host()) ? e.host() + " is an address (no name to look up)" : e.host() + " is " + address);
        }
        return DoctorStep.passed(NAME, String.join(", ", found) + ".");
    }
}
