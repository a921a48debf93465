package dev.kafkaexplorer.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kafkaexplorer.registry.RegistryStub.Reply;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The registry client against stand-in registries: its login, its paths, its words for failures, its memory of ids. */
class HttpSchemaRegistryTest {

    private static final String PASSWORD = "s3cret-Pa55";

    @Test
    void sendsBasicAuthAndSaysSoWhenTheRegistryRefusesTheLogin() throws Exception {
        String expected = "Basic " + Base64.getEncoder().encodeToString(("alice:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (RegistryStub stub = RegistryStub.http(r -> expected.equals(r.authorization())
                ? new Reply(200, "[\"orders-value\",\"accounts-value\"]")
                : new Reply(401, "{\"error_code\":401,\"message\":\"Unauthorized\"}"))) {
            SchemaRegistry right = new HttpSchemaRegistry(new RegistryAccess(stub.url(), "alice", PASSWORD, null, null));
            assertThat(right.subjects()).containsExactly("accounts-value", "orders-value");

            SchemaRegistry wrong = new HttpSchemaRegistry(new RegistryAccess(stub.url(), "alice", "not-" + PASSWORD, null, null));
            RegistryException refused = catchThrowableOfType(RegistryException.class, wrong::subjects);
            assertThat(refused).hasMessage("the registry refused the login (HTTP 401)");
            assertThat(refused.httpStatus()).isEqualTo(401);
            assertThat(wrong.toString()).doesNotContain(PASSWORD);
        }
    }

    @Test
    void sendsABearerTokenAndTheRegistryMediaType() throws Exception {
        try (RegistryStub stub = RegistryStub.http(r -> new Reply(200, "{\"id\":12}"))) {
            SchemaRegistry registry = new HttpSchemaRegistry(new RegistryAccess(stub.url(), null, null, "tok-123", null));
            assertThat(registry.register("orders-value", SchemaType.PROTOBUF, "syntax = \"proto3\";", List.of())).isEqualTo(12);
            RegistryStub.Request sent = stub.requests.get(0);
            assertThat(sent.authorization()).isEqualTo("Bearer tok-123");
            assertThat(sent.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
            assertThat(sent.method()).isEqualTo("POST");
            assertThat(sent.path()).isEqualTo("/subjects/orders-value/versions");
            assertThat(sent.body()).isEqualTo("{\"schema\":\"syntax = \\\"proto3\\\";\",\"schemaType\":\"PROTOBUF\"}");
        }
    }

    @Test
    void aLoginTypedIntoTheUrlIsUsedAndNeverShown() throws Exception {
        try (RegistryStub stub = RegistryStub.http(r -> new Reply(403, "{\"error_code\":40301,\"message\":\"User cannot access the resource.\"}"))) {
            String url = stub.url().replace("://", "://bob:" + PASSWORD + "@");
            SchemaRegistry registry = new HttpSchemaRegistry(RegistryAccess.open(url));
            RegistryException refused = catchThrowableOfType(RegistryException.class, registry::subjects);
            assertThat(refused).hasMessage("not allowed (HTTP 403): User cannot access the resource.");
            assertThat(stub.requests.get(0).authorization())
                    .isEqualTo("Basic " + Base64.getEncoder().encodeToString(("bob:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            assertThat(registry.toString()).isEqualTo("HttpSchemaRegistry[" + stub.url() + "]");
            assertThat(RegistryAccess.open(url).toString()).isEqualTo("RegistryAccess[" + stub.url().replace("://", "://[hidden]@") + "]");
        }
    }

    @Test
    void aClosedPortIsNoAnswerInWords() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        SchemaRegistry registry = new HttpSchemaRegistry(new RegistryAccess("http://127.0.0.1:" + port, "alice", PASSWORD, null, null));
        RegistryException e = catchThrowableOfType(RegistryException.class, () -> registry.schemaById(1));
        assertThat(e).hasMessage("no answer from http://127.0.0.1:" + port + ": connection refused");
        assertThat(e.httpStatus()).isZero();
    }

    @Test
    void apicuriosCcompatBasePathIsPartOfTheUrl() throws Exception {
        try (RegistryStub stub = RegistryStub.http(r -> switch (r.path()) {
            case "/apis/ccompat/v7/schemas/ids/5" -> new Reply(200, "{\"schema\":\"\\\"string\\\"\"}");
            case "/apis/ccompat/v7/schemas/ids/5/versions" -> new Reply(200, "[{\"subject\":\"a b/c\",\"version\":3}]");
            case "/apis/ccompat/v7/compatibility/subjects/a%20b%2Fc/versions/latest" ->
                    new Reply(200, "{\"is_compatible\":false,\"messages\":[\"field x removed\"]}");
            default -> new Reply(404, "<html>no</html>");
        })) {
            SchemaRegistry registry = new HttpSchemaRegistry(RegistryAccess.open(stub.url() + "/apis/ccompat/v7/"));
            RegisteredSchema schema = registry.schemaById(5);
            assertThat(schema).isEqualTo(new RegisteredSchema(5, "a b/c", 3, SchemaType.AVRO, "\"string\"", List.of()));
            CompatibilityVerdict verdict = registry.checkCompatibility("a b/c", SchemaType.AVRO, "\"int\"", List.of());
            assertThat(verdict).isEqualTo(new CompatibilityVerdict(false, List.of("field x removed")));
            assertThat(stub.requests.get(2).query()).isEqualTo("verbose=true");

            RegistryException wrongPath = catchThrowableOfType(RegistryException.class, registry::subjects);
            assertThat(wrongPath).hasMessage("nothing at /apis/ccompat/v7/subjects on " + stub.url()
                    + "/apis/ccompat/v7 (HTTP 404): is the registry URL right?");
        }
    }

    @Test
    void anUnknownIdIsAskedForOnceWhileItIsRemembered() throws Exception {
        try (RegistryStub stub = RegistryStub.http(r -> new Reply(404, "{\"error_code\":40403,\"message\":\"Schema 777 not found\"}"))) {
            AtomicLong clock = new AtomicLong();
            SchemaRegistry registry = new HttpSchemaRegistry(RegistryAccess.open(stub.url()), clock::get);
            for (int record = 0; record < 50; record++) {
                RegistryException e = catchThrowableOfType(RegistryException.class, () -> registry.schemaById(777));
                assertThat(e).hasMessage("schema id 777 not found in the registry");
                assertThat(e.notFound()).isTrue();
                assertThat(e.errorCode()).hasValue(40403);
            }
            assertThat(stub.count("/schemas/ids/777")).isEqualTo(1);

            clock.addAndGet(HttpSchemaRegistry.NOT_FOUND_MEMORY.toNanos() + 1);
            assertThatThrownBy(() -> registry.schemaById(777)).hasMessage("schema id 777 not found in the registry");
            assertThat(stub.count("/schemas/ids/777")).isEqualTo(2);
        }
    }

    @Test
    void aSchemaReadByIdIsKept() throws Exception {
        try (RegistryStub stub = RegistryStub.http(r -> r.path().endsWith("/versions")
                ? new Reply(404, "{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}")
                : new Reply(200, "{\"schemaType\":\"JSON\",\"schema\":\"{}\",\"references\":[{\"name\":\"a.json\",\"subject\":\"a\",\"version\":2}]}"))) {
            SchemaRegistry registry = new HttpSchemaRegistry(RegistryAccess.open(stub.url()));
            RegisteredSchema first = registry.schemaById(9);
            assertThat(registry.schemaById(9)).isSameAs(first);
            assertThat(first).isEqualTo(new RegisteredSchema(9, null, 0, SchemaType.JSON, "{}", List.of(new SchemaReference("a.json", "a", 2))));
            assertThat(stub.count("/schemas/ids/9")).isEqualTo(1);
        }
    }

    @Test
    void refusalsNameTheirCause() throws Exception {
        try (RegistryStub stub = RegistryStub.http(r -> switch (r.path()) {
            case "/subjects/orders-value/versions" -> r.method().equals("POST")
                    ? new Reply(422, "{\"error_code\":42201,\"message\":\"Invalid schema: no type\"}")
                    : new Reply(404, "{\"error_code\":40401,\"message\":\"Subject 'orders-value' not found.\"}");
            case "/subjects/orders-value/versions/4" -> new Reply(404, "{\"error_code\":40402,\"message\":\"Version 4 not found.\"}");
            case "/config/orders-value" -> new Reply(422, "{\"error_code\":42203,\"message\":\"Invalid compatibility level\"}");
            default -> new Reply(500, "{\"error_code\":50001,\"message\":\"Error in the backend data store\"}");
        })) {
            SchemaRegistry registry = new HttpSchemaRegistry(RegistryAccess.open(stub.url()));
            assertThatThrownBy(() -> registry.versions("orders-value")).hasMessage("subject orders-value not found");
            assertThatThrownBy(() -> registry.version("orders-value", 4)).hasMessage("version 4 of subject orders-value not found");
            assertThatThrownBy(() -> registry.register("orders-value", SchemaType.AVRO, "{}", List.of()))
                    .hasMessage("the schema is not valid: Invalid schema: no type");
            assertThatThrownBy(() -> registry.setCompatibilityLevel(Optional.of("orders-value"), "SOMETIMES"))
                    .hasMessage("not a valid compatibility level: Invalid compatibility level");
            assertThatThrownBy(registry::subjects).hasMessage("the registry failed (HTTP 500): Error in the backend data store");
        }
    }

    @Test
    void aPageThatIsNotARegistryIsSaidSo() throws IOException {
        try (RegistryStub stub = RegistryStub.http(r -> new Reply(200, "<html><body>Welcome</body></html>"))) {
            SchemaRegistry registry = new HttpSchemaRegistry(RegistryAccess.open(stub.url()));
            assertThatThrownBy(registry::subjects).hasMessage("the answer from " + stub.url()
                    + " is not a schema registry's (application/vnd.schemaregistry.v1+json): is the registry URL right?");
        }
    }

    @Test
    void oneSharedClientPerAccess() {
        RegistryAccess access = new RegistryAccess("http://127.0.0.1:1/", "u", "p", null, null);
        assertThat(SchemaRegistries.forAccess(access)).isSameAs(SchemaRegistries.forAccess(
                new RegistryAccess("http://127.0.0.1:1", "u", "p", null, null)));
        assertThat(SchemaRegistries.forAccess(access)).isNotSameAs(SchemaRegistries.forAccess(RegistryAccess.open("http://127.0.0.1:1")));
    }

    @Test
    void eachPathSegmentIsEncodedAfterTheBasePath() {
        assertThat(RegistryCalls.uri("https://registry.example/apis/ccompat/v7", "verbose=true",
                "compatibility", "subjects", "orders value/x:y", "versions", "latest"))
                .hasToString("https://registry.example/apis/ccompat/v7/compatibility/subjects/orders%20value%2Fx%3Ay/versions/latest?verbose=true");
        assertThat(RegistryCalls.uri("http://127.0.0.1:8081", null, "schemas", "ids", "7"))
                .hasToString("http://127.0.0.1:8081/schemas/ids/7");
    }

    @Test
    void anUnusableUrlIsSaidSo() {
        SchemaRegistry registry = new HttpSchemaRegistry(RegistryAccess.open("registry:8081"));
        assertThatThrownBy(registry::subjects)
                .hasMessage("not a registry URL: registry:8081 (expected http://host:port or https://…)");
    }
}
