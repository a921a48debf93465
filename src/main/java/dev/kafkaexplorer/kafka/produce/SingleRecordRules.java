package dev.kafkaexplorer.kafka.produce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The checks of the hand-typed record's fields, each answering with the reason in words. */
public final class SingleRecordRules {

    /** Strict: a value with text after the JSON, or a key twice, is not what the user meant to send. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private SingleRecordRules() {
    }

    /** Empty when {@code text} is one JSON value, else where and why it is not. */
    public static Optional<String> jsonError(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("Enter a JSON value, e.g. {\"id\": 1}");
        }
        try {
            JSON.readTree(text);
            return Optional.empty();
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            return Optional.of("Not valid JSON at " + where + e.getOriginalMessage());
        }
    }

    /** Headers typed one per line as {@code name=value}; blank lines are skipped. */
    public record Headers(List<Map.Entry<String, String>> headers, String error) {

        public boolean valid() {
            return error.isEmpty();
        }
    }

    public static Headers headers(String text) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (text == null) {
            return new Headers(headers, "");
        }
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                return new Headers(List.of(), "Line " + (i + 1) + ": expected name=value, found no '='");
            }
            String name = line.substring(0, eq).trim();
            if (name.isEmpty()) {
                return new Headers(List.of(), "Line " + (i + 1) + ": the header name before '=' is empty");
            }
            headers.add(new AbstractMap.SimpleImmutableEntry<>(name, line.substring(eq + 1)));
        }
        return new Headers(List.copyOf(headers), "");
    }
}
