package dev.kafkaexplorer.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;

/** Turns a parsed custom template into {@link TemplateNode}s, trying every expression once on the way. */
final class TemplateCompiler {

    /** Only for trying expressions: its values are thrown away, so locale and seed do not matter. */
    private final Faker trial = new Faker(Locale.ENGLISH, new Random(0));

    TemplateNode.Fields compileObject(JsonNode object, String path) throws TemplateException {
        List<String> names = new ArrayList<>(object.size());
        List<TemplateNode> values = new ArrayList<>(object.size());
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            names.add(field.getKey());
            values.add(compile(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey()));
        }
        return new TemplateNode.Fields(List.copyOf(names), List.copyOf(values));
    }

    private TemplateNode compile(JsonNode node, String path) throws TemplateException {
        if (node.isObject()) {
            return compileObject(node, path);
        }
        if (node.isArray()) {
            List<TemplateNode> items = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                items.add(compile(node.get(i), path + "[" + i + "]"));
            }
            return new TemplateNode.Items(List.copyOf(items));
        }
        if (node.isTextual()) {
            return compileText(node.textValue(), path);
        }
        if (node.isNumber()) {
            // The exact number as written: BigDecimal for decimals, so 9.90 stays 9.90.
            return new TemplateNode.Literal(node.numberValue());
        }
        return new TemplateNode.Literal(node.isBoolean() ? node.booleanValue() : null);
    }

    private TemplateNode compileText(String text, String path) throws TemplateException {
        List<String> expressions = ExpressionScanner.find(text);
        if (expressions.isEmpty()) {
            return new TemplateNode.Literal(text);
        }
        for (String expression : expressions) {
            check(expression, path);
        }
        return new TemplateNode.Expression(text);
    }

    private void check(String expression, String path) throws TemplateException {
        String where = " in field '" + path + "'";
        if (!expression.endsWith("}")) {
            throw new TemplateException("Unclosed expression " + expression + where + ": add the closing }");
        }
        if (expression.substring(2, expression.length() - 1).isBlank()) {
            throw new TemplateException("Empty expression " + expression + where
                    + ": name a datafaker method, e.g. #{Name.fullName}");
        }
        // datafaker 2.7 throws for an unknown method or wrong arguments; a result still holding #{
        // (an expression passed through unresolved) would break every record alike, so it is refused too.
        boolean resolved;
        try {
            resolved = !trial.expression(expression).contains("#{");
        } catch (RuntimeException unresolved) {
            resolved = false;
        }
        if (!resolved) {
            throw new TemplateException("Unknown expression " + expression + where
                    + ": no such datafaker method, or wrong arguments (e.g. #{Number.numberBetween '1','100'})");
        }
    }
}
