package dev.kafkaexplorer.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.datafaker.Faker;

/** A custom template compiled once, so generating a record only walks this tree. */
sealed interface TemplateNode {

    /** The value of this node in a new record. */
    Object generate(Faker faker);

    /** Text without expressions, a number, a boolean or null: immutable, so shared by every record. */
    record Literal(Object value) implements TemplateNode {
        @Override
        public Object generate(Faker faker) {
            return value;
        }
    }

    /** Text holding one or more checked expressions; the result is always text. */
    record Expression(String text) implements TemplateNode {
        @Override
        public Object generate(Faker faker) {
            return faker.expression(text);
        }
    }

    /** A JSON object: the field names in the order written, each with its node. */
    record Fields(List<String> names, List<TemplateNode> values) implements TemplateNode {
        @Override
        public Map<String, Object> generate(Faker faker) {
            // Capacity for all fields at the default load factor, so the map never resizes.
            Map<String, Object> fields = new LinkedHashMap<>(names.size() * 4 / 3 + 1);
            for (int i = 0; i < names.size(); i++) {
                fields.put(names.get(i), values.get(i).generate(faker));
            }
            return fields;
        }
    }

    /** A JSON array. */
    record Items(List<TemplateNode> items) implements TemplateNode {
        @Override
        public List<Object> generate(Faker faker) {
            List<Object> values = new ArrayList<>(items.size());
            for (TemplateNode item : items) {
                values.add(item.generate(faker));
            }
            return values;
        }
    }
}
