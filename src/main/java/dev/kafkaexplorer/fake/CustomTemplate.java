package dev.kafkaexplorer.fake;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import net.datafaker.Faker;

/**
 * A template the user writes as JSON; its strings may hold datafaker expressions such as
 * {@code #{Name.fullName}} or {@code #{Number.numberBetween '1','100'}}, alone or within text.
 */
public final class CustomTemplate implements RecordTemplate {

    private final String id;
    private final TemplateNode.Fields root;

    private CustomTemplate(String id, TemplateNode.Fields root) {
        this.id = id;
        this.root = root;
    }

    /**
     * Reads and checks a template once: the JSON, its top-level object, and every expression (each
     * is tried once). Loads datafaker's data on first use, so call it off the FX thread.
     */
    public static CustomTemplate parse(String id, String jsonText) throws TemplateException {
        Objects.requireNonNull(id, "id");
        JsonNode tree = read(Objects.requireNonNull(jsonText, "jsonText"));
        if (tree.isMissingNode()) {
            throw new TemplateException("The template is empty: write a JSON object such as "
                    + "{\"name\": \"#{Name.fullName}\"}");
        }
        if (!tree.isObject()) {
            throw new TemplateException("The template must be a JSON object ({ … }) at the top level, not "
                    + kindOf(tree) + ": each record's fields come from that object");
        }
        if (tree.isEmpty()) {
            throw new TemplateException("The template has no fields: add at least one, such as "
                    + "\"name\": \"#{Name.fullName}\"");
        }
        return new CustomTemplate(id, new TemplateCompiler().compileObject(tree, ""));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return "Custom: " + id;
    }

    @Override
    public Map<String, Object> generate(Faker faker, Random random) {
        return root.generate(faker);
    }

    private static JsonNode read(String jsonText) throws TemplateException {
        try {
            return JsonText.readTree(jsonText);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new TemplateException("Invalid JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    private static String kindOf(JsonNode node) {
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return "null";
    }
}
