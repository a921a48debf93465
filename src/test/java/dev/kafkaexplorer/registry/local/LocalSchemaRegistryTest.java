package dev.kafkaexplorer.registry.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kafkaexplorer.registry.CompatibilityVerdict;
import dev.kafkaexplorer.registry.HttpSchemaRegistry;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.registry.RegistryException;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.registry.SchemaType;
import dev.kafkaexplorer.testing.TestBroker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The registry client against the local registry on the real embedded broker: Avro's compatibility, ids, deletes, levels, a restart. */
class LocalSchemaRegistryTest {

    static final String ORDER_V1 = """
            {"type":"record","name":"Order","namespace":"shop","fields":[{"name":"id","type":"string"}]}""";
    static final String ORDER_V2 = """
            {"type":"record","name":"Order","namespace":"shop","fields":[{"name":"id","type":"string"},
             {"name":"amount","type":"double","default":0}]}""";
    static final String ORDER_V3_NEW_FIELD_WITHOUT_DEFAULT = """
            {"type":"record","name":"Order","namespace":"shop","fields":[{"name":"id","type":"string"},
             {"name":"amount","type":"double","default":0},{"name":"email","type":"string"}]}""";

    private static LocalSchemaRegistry local;
    private static SchemaRegistry registry;

    @BeforeAll
    static void start() throws Exception {
        local = LocalSchemaRegistry.start(TestBroker.access());
        registry = new HttpSchemaRegistry(RegistryAccess.open(local.url()));
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    static String subject(String name) {
        return TestBroker.uniqueTopic(name) + "-value";
    }

    @Test
    void compatibleVersionsAreRegisteredAndAnIncompatibleOneIsRefusedInWords() throws Exception {
        String subject = subject("orders");
        assertThat(registry.checkCompatibility(subject, SchemaType.AVRO, ORDER_V1, List.of()).compatible())
                .as("nothing registered yet to be incompatible with").isTrue();
        int v1 = registry.register(subject, SchemaType.AVRO, ORDER_V1, List.of());
        int v2 = registry.register(subject, SchemaType.AVRO, ORDER_V2, List.of());
        // As in Confluent's registry, an id belongs to a schema: another subject's v2 may have given it already.
        assertThat(v2).isNotEqualTo(v1);
        assertThat(registry.versions(subject)).containsExactly(1, 2);
        assertThat(registry.compatibilityLevel(Optional.of(subject))).isEqualTo("BACKWARD");

        CompatibilityVerdict verdict = registry.checkCompatibility(subject, SchemaType.AVRO, ORDER_V3_NEW_FIELD_WITHOUT_DEFAULT, List.of());
        assertThat(verdict.compatible()).isFalse();
        assertThat(verdict.reasons()).singleElement().asString()
                .contains("data written with version 2 cannot be read with the new schema")
                .contains("reader field missing default value (email)");

        RegistryException refused = catchThrowableOfType(RegistryException.class,
                () -> registry.register(subject, SchemaType.AVRO, ORDER_V3_NEW_FIELD_WITHOUT_DEFAULT, List.of()));
        assertThat(refused.httpStatus()).isEqualTo(409);
        assertThat(refused).hasMessageStartingWith("the schema is incompatible with subject " + subject
                + ": Schema being registered is incompatible with an earlier schema").hasMessageContaining("email");
        assertThat(registry.versions(subject)).containsExactly(1, 2);

        // The same schema again is the version it already is.
        assertThat(registry.register(subject, SchemaType.AVRO, ORDER_V1.replace(" ", "  "), List.of())).isEqualTo(v1);
        assertThat(registry.versions(subject)).containsExactly(1, 2);
    }

    @Test
    void aSchemaByIdHasItsTextSubjectAndVersion() throws Exception {
        String subject = subject("by-id");
        registry.register(subject, SchemaType.AVRO, ORDER_V1, List.of());
        int id = registry.register(subject, SchemaType.AVRO, ORDER_V2, List.of());
        RegisteredSchema schema = registry.schemaById(id);
        assertThat(schema).isEqualTo(new RegisteredSchema(id, subject, 2, SchemaType.AVRO,
                new Schema.Parser().parse(ORDER_V2).toString(), List.of()));
        assertThat(registry.version(subject, -1)).isEqualTo(schema);

        assertThatThrownBy(() -> registry.schemaById(777_777)).hasMessage("schema id 777777 not found in the registry");
        assertThatThrownBy(() -> registry.version(subject, 9)).hasMessage("version 9 of subject " + subject + " not found");
    }

    @Test
    void anUnknownIdIsSaidSoInTheIssuesWords() {
        // The registry's ids count up from 1 per broker: the tests of one run stay far below 777.
        assertThatThrownBy(() -> registry.schemaById(777)).hasMessage("schema id 777 not found in the registry");
    }

    @Test
    void anInvalidSchemaIsRefusedWithTheParsersReason() {
        RegistryException e = catchThrowableOfType(RegistryException.class, () -> registry.register(subject("bad"), SchemaType.AVRO,
                "{\"type\":\"record\",\"name\":\"X\",\"fields\":[{\"name\":\"a\",\"type\":\"strin\"}]}", List.of()));
        assertThat(e.errorCode()).hasValue(42201);
        assertThat(e).hasMessageStartingWith("the schema is not valid: Invalid schema: ").hasMessageContaining("strin");
    }

    @Test
    void aSoftDeletedVersionAndSubjectAreGoneFromTheListsButTheIdStillReads() throws Exception {
        String subject = subject("deleted");
        registry.register(subject, SchemaType.AVRO, ORDER_V1, List.of());
        int id2 = registry.register(subject, SchemaType.AVRO, ORDER_V2, List.of());

        assertThat(registry.deleteVersion(subject, 2)).isEqualTo(2);
        assertThat(registry.versions(subject)).containsExactly(1);
        assertThatThrownBy(() -> registry.version(subject, 2)).hasMessage("version 2 of subject " + subject + " not found");
        assertThatThrownBy(() -> registry.deleteVersion(subject, 2))
                .hasMessage("version 2 of subject " + subject + " is already soft-deleted");
        assertThat(new HttpSchemaRegistry(RegistryAccess.open(local.url())).schemaById(id2).schema())
                .isEqualTo(new Schema.Parser().parse(ORDER_V2).toString());

        assertThat(registry.deleteSubject(subject)).containsExactly(1);
        assertThat(registry.subjects()).doesNotContain(subject);
        assertThatThrownBy(() -> registry.versions(subject)).hasMessage("subject " + subject + " not found");
        assertThatThrownBy(() -> registry.deleteSubject(subject)).hasMessage("subject " + subject + " is already soft-deleted");

        // A version number is never given twice: registering again goes on from 3.
        registry.register(subject, SchemaType.AVRO, ORDER_V1, List.of());
        assertThat(registry.versions(subject)).containsExactly(3);
    }

    @Test
    void levelsAreReadAndSetPerSubjectAndGovernTheCheck() throws Exception {
        String subject = subject("levels");
        assertThat(registry.compatibilityLevel(Optional.empty())).isEqualTo("BACKWARD");
        registry.register(subject, SchemaType.AVRO, ORDER_V2, List.of());

        registry.setCompatibilityLevel(Optional.of(subject), "FORWARD");
        assertThat(registry.compatibilityLevel(Optional.of(subject))).isEqualTo("FORWARD");
        assertThat(registry.compatibilityLevel(Optional.empty())).isEqualTo("BACKWARD");
        // FORWARD: version 1 must read the new data, and its "id" (no default) is gone from it.
        String withoutId = "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"shop\",\"fields\":[{\"name\":\"amount\",\"type\":\"double\",\"default\":0}]}";
        CompatibilityVerdict forward = registry.checkCompatibility(subject, SchemaType.AVRO, withoutId, List.of());
        assertThat(forward.compatible()).isFalse();
        assertThat(forward.reasons()).singleElement().asString()
                .startsWith("data written with the new schema cannot be read with version 1").contains("(id)");
        // ...while the new field without a default, wrong under BACKWARD, is fine FORWARD.
        assertThat(registry.checkCompatibility(subject, SchemaType.AVRO, ORDER_V3_NEW_FIELD_WITHOUT_DEFAULT, List.of()).compatible()).isTrue();

        registry.setCompatibilityLevel(Optional.of(subject), "none");
        assertThat(registry.compatibilityLevel(Optional.of(subject))).isEqualTo("NONE");
        assertThat(registry.register(subject, SchemaType.AVRO, withoutId, List.of())).isPositive();

        assertThatThrownBy(() -> registry.setCompatibilityLevel(Optional.of(subject), "SOMETIMES"))
                .hasMessageStartingWith("not a valid compatibility level: Invalid compatibility level: SOMETIMES");
    }

    @Test
    void aNewRegistryOnTheSameBrokerServesTheSameIdsAndGoesOnCounting() throws Exception {
        String subject = subject("restart");
        int id = registry.register(subject, SchemaType.AVRO, ORDER_V1, List.of());
        int highest = registry.register(subject(("restart-other")), SchemaType.AVRO,
                "{\"type\":\"record\",\"name\":\"Restarted" + System.nanoTime() + "\",\"fields\":[]}", List.of());

        local.close();
        local = LocalSchemaRegistry.start(TestBroker.access());
        SchemaRegistry again = new HttpSchemaRegistry(RegistryAccess.open(local.url()));
        registry = again;

        RegisteredSchema read = again.schemaById(id);
        assertThat(read.subject()).isEqualTo(subject);
        assertThat(read.schema()).isEqualTo(new Schema.Parser().parse(ORDER_V1).toString());
        assertThat(again.register(subject, SchemaType.AVRO, ORDER_V1, List.of())).isEqualTo(id);
        int next = again.register(subject("after-restart"), SchemaType.AVRO,
                "{\"type\":\"record\",\"name\":\"After" + System.nanoTime() + "\",\"fields\":[]}", List.of());
        assertThat(next).isGreaterThan(highest);
    }

    @Test
    void theSchemasTopicIsOneCompactedPartition() throws Exception {
        try (Admin admin = TestBroker.admin()) {
            assertThat(admin.describeTopics(List.of("_schemas")).allTopicNames().get().get("_schemas").partitions()).hasSize(1);
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "_schemas");
            Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
        }
    }

    @Test
    void answersInConfluentsShapes() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Map<String, String> expected = Map.of(
                "/schemas/types", "200 [\"JSON\",\"PROTOBUF\",\"AVRO\"]",
                "/schemas/ids/777", "404 {\"error_code\":40403,\"message\":\"Schema 777 not found.\"}",
                "/subjects/no-such-subject/versions", "404 {\"error_code\":40401,\"message\":\"Subject 'no-such-subject' not found.\"}",
                "/config/no-such-subject", "404 {\"error_code\":40408,\"message\":\"Subject 'no-such-subject' does not have subject-level compatibility configured\"}");
        for (var e : expected.entrySet()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(local.url() + e.getKey())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode() + " " + r.body()).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/vnd.schemaregistry.v1+json");
        }
        assertThat(local.url()).startsWith("http://127.0.0.1:");
    }
}
