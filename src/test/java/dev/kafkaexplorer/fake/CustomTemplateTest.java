package dev.kafkaexplorer.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Templates users write as JSON with datafaker expressions: what they produce and how they are refused. */
class CustomTemplateTest {

    private static final String EXAMPLE = """
            {"name":"#{Name.fullName}","age":"#{Number.numberBetween '18','90'}","fixed":42,"tags":["#{Color.name}"]}""";

    @Test
    void expressionsBecomeValuesAndLiteralsStayAsWritten() throws TemplateException {
        CustomTemplate template = CustomTemplate.parse("people", EXAMPLE);
        assertThat(template.id()).isEqualTo("people");
        assertThat(template.displayName()).isEqualTo("Custom: people");

        Set<String> names = new HashSet<>();
        for (JsonNode person : GeneratedJson.values(template, new KeyStrategy.None(), Locale.ENGLISH, 1, 200)) {
            assertThat(person.fieldNames()).toIterable().containsExactly("name", "age", "fixed", "tags");
            assertThat(person.get("name").isTextual()).isTrue();
            assertThat(person.get("name").asText()).contains(" ").doesNotContain("#{");
            assertThat(person.get("age").isTextual()).isTrue();
            assertThat(Integer.parseInt(person.get("age").asText())).isBetween(18, 90);
            assertThat(person.get("fixed").isInt()).isTrue();
            assertThat(person.get("fixed").asInt()).isEqualTo(42);
            assertThat(person.get("tags").size()).isEqualTo(1);
            assertThat(person.get("tags").get(0).asText()).isNotBlank().doesNotContain("#{");
            names.add(person.get("name").asText());
        }
        assertThat(names).hasSizeGreaterThan(100);
    }

    @Test
    void textAroundExpressionsIsKept() throws TemplateException {
        CustomTemplate template = CustomTemplate.parse("mixed", """
                {"greeting": "Hello #{Name.firstName}, welcome to #{Address.city}!",
                 "code": "id-#{regexify '[a-z]{4}'}",
                 "deep": {"list": [{"who": "#{Name.lastName}"}, "plain"]}}""");

        for (JsonNode record : GeneratedJson.values(template, new KeyStrategy.None(), Locale.ENGLISH, 2, 50)) {
            assertThat(record.get("greeting").asText()).matches("Hello \\S.*, welcome to \\S.*!").doesNotContain("#{");
            assertThat(record.get("code").asText()).matches("id-[a-z]{4}");
            assertThat(record.get("deep").get("list").get(0).get("who").asText()).isNotBlank().doesNotContain("#{");
            assertThat(record.get("deep").get("list").get(1).asText()).isEqualTo("plain");
        }
    }

    @Test
    void numbersBooleansAndNullsAreCopiedExactly() throws TemplateException {
        CustomTemplate template = CustomTemplate.parse("literals",
                "{\"price\": 9.90, \"one\": 1.0, \"big\": 123456789012345678901234567890, \"ok\": true, \"none\": null}");
        byte[] value = new RecordGenerator(template, new KeyStrategy.None(), false, Locale.ENGLISH, 1).next().value();

        assertThat(new String(value, StandardCharsets.UTF_8))
                .isEqualTo("{\"price\":9.90,\"one\":1.0,\"big\":123456789012345678901234567890,\"ok\":true,\"none\":null}");
    }

    @Test
    void sameSeedSameRecords() throws TemplateException {
        CustomTemplate template = CustomTemplate.parse("people", EXAMPLE);
        assertThat(GeneratedJson.values(template, new KeyStrategy.None(), Locale.ENGLISH, 5, 100))
                .containsExactlyElementsOf(GeneratedJson.values(template, new KeyStrategy.None(), Locale.ENGLISH, 5, 100));
    }

    @Test
    void anUnknownExpressionIsNamedWithItsField() {
        assertThatThrownBy(() -> CustomTemplate.parse("t", "{\"customer\": {\"name\": \"#{Nmae.fullName}\"}}"))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("Unknown expression #{Nmae.fullName} in field 'customer.name'");
        assertThatThrownBy(() -> CustomTemplate.parse("t", "{\"tags\": [\"ok\", \"x #{Name.nope} y\"]}"))
                .hasMessageStartingWith("Unknown expression #{Name.nope} in field 'tags[1]'");
    }

    @Test
    void wrongArgumentsAreRefusedToo() {
        assertThatThrownBy(() -> CustomTemplate.parse("t", "{\"age\": \"#{Number.numberBetween '18'}\"}"))
                .hasMessageStartingWith("Unknown expression #{Number.numberBetween '18'} in field 'age'")
                .hasMessageContaining("wrong arguments");
    }

    @Test
    void unclosedAndEmptyExpressionsAreRefused() {
        assertThatThrownBy(() -> CustomTemplate.parse("t", "{\"name\": \"#{Name.fullName\"}"))
                .hasMessage("Unclosed expression #{Name.fullName in field 'name': add the closing }");
        assertThatThrownBy(() -> CustomTemplate.parse("t", "{\"name\": \"#{ }\"}"))
                .hasMessageStartingWith("Empty expression #{ } in field 'name'");
    }

    @Test
    void invalidJsonIsReportedWithLineAndColumn() {
        String json = "{\n  \"a\": 1,\n  \"b\": }\n";

        assertThatThrownBy(() -> CustomTemplate.parse("t", json))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("Invalid JSON at line 3, column 8: Unexpected character ('}'");
    }

    @Test
    void duplicateFieldsAndTrailingTextAreInvalidJson() {
        assertThatThrownBy(() -> CustomTemplate.parse("t", "{\"a\": 1,\n \"a\": 2}"))
                .hasMessageStartingWith("Invalid JSON at line 2")
                .hasMessageContaining("Duplicate field 'a'");
        assertThatThrownBy(() -> CustomTemplate.parse("t", "{\"a\": 1} {\"b\": 2}"))
                .hasMessageStartingWith("Invalid JSON at line 1, column");
    }

    @Test
    void theTopLevelMustBeAnObject() {
        for (String json : List.of("[{\"a\": 1}]", "\"text\"", "42", "true", "null")) {
            assertThatThrownBy(() -> CustomTemplate.parse("t", json))
                    .as(json)
                    .isInstanceOf(TemplateException.class)
                    .hasMessageStartingWith("The template must be a JSON object ({ … }) at the top level, not ");
        }
        assertThatThrownBy(() -> CustomTemplate.parse("t", "[1, 2]")).hasMessageContaining("not an array");
    }

    @Test
    void anEmptyTemplateIsRefusedInWords() {
        for (String json : List.of("", "  \n ")) {
            assertThatThrownBy(() -> CustomTemplate.parse("t", json)).hasMessageStartingWith("The template is empty");
        }
    }

    @Test
    void aTemplateWithoutFieldsIsRefused() {
        assertThatThrownBy(() -> CustomTemplate.parse("t", " { } ")).hasMessageStartingWith("The template has no fields");
    }

    @Test
    void fieldKeysAndFieldNamesWorkOnCustomTemplates() throws TemplateException {
        CustomTemplate template = CustomTemplate.parse("people", EXAMPLE);
        assertThat(RecordGenerator.fieldNames(template, Locale.ENGLISH)).containsExactly("name", "age", "fixed", "tags");

        GeneratedRecord record = new RecordGenerator(template, new KeyStrategy.Field("fixed"), false, Locale.ENGLISH, 3).next();
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("42");
    }
}
