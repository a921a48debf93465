package dev.kafkaexplorer.ui.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kafkaexplorer.format.SchemaRef;
import dev.kafkaexplorer.kafka.ClusterInfo;
import dev.kafkaexplorer.registry.CompatibilityVerdict;
import dev.kafkaexplorer.registry.RegistryException;
import dev.kafkaexplorer.registry.SchemaReference;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.registry.SchemaType;
import dev.kafkaexplorer.ui.common.ManualTicks;
import dev.kafkaexplorer.ui.common.ReadOnlyProfiles;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The Schemas tab without the toolkit, over an in-memory registry: what each part shows and refuses, in words. */
class SchemasViewModelTest {

    private static final Connection CLUSTER = new Connection(null, new ClusterInfo("c1", List.of(), 1), false);
    private static final String V1 = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
    private static final String V2 = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"}]}";
    private static final String V3 = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"},"
            + "{\"name\":\"note\",\"type\":[\"null\",\"string\"],\"default\":null}]}";

    private final InMemoryRegistry registry = new InMemoryRegistry();
    /** The registry the connection names: none while null. */
    private SchemaRegistry configured = registry;
    private final ManualTicks ticks = new ManualTicks();
    private final SchemasViewModel model = new SchemasViewModel(ticks.runtime(), c -> Optional.ofNullable(configured));

    private void open(Connection connection) {
        model.connectionProperty().set(connection);
        model.opened();
    }

    private void withOrders() {
        registry.add("orders-value", V1);
        registry.add("orders-value", V2);
        registry.add("orders-value", V3);
        registry.add("orders-key", SchemaType.AVRO, "\"string\"", List.of());
        registry.add("payments-value", SchemaType.PROTOBUF, "syntax = \"proto3\";\nmessage Payment { int64 cents = 1; }\n",
                List.of(new SchemaReference("money.proto", "money", 2)));
    }

    @Test
    void withoutAConnectionOrARegistryTheTabSaysWhyAndAsksNothing() {
        assertThat(model.emptyTextProperty().get()).isEqualTo("Not connected — connect to a cluster or start the local broker.");

        configured = null;
        open(CLUSTER);

        assertThat(model.availabilityProperty().get()).isEqualTo(SchemasViewModel.Availability.NO_REGISTRY);
        assertThat(model.emptyTextProperty().get()).isEqualTo("This cluster has no schema registry. Set one in its profile "
                + "(Clusters…) or start with --schema-registry=URL.");
        assertThat(model.retryOfferedProperty().get()).isFalse();
        assertThat(model.refreshCommand().isExecutable()).isFalse();
        assertThat(registry.calls).isEmpty();
    }

    @Test
    void nothingIsAskedUntilTheTabIsOpened() {
        withOrders();
        model.connectionProperty().set(CLUSTER);
        assertThat(registry.calls).isEmpty();

        model.opened();

        assertThat(model.visibleSubjects()).containsExactly("orders-key", "orders-value", "payments-value");
        assertThat(model.emptyTextProperty().get()).isEmpty();
    }

    @Test
    void aRegistryThatDoesNotAnswerIsNamedInItsOwnWordsWithRetry() {
        withOrders();
        registry.down = new RegistryException("no answer from http://127.0.0.1:8081 (connection refused)");
        open(CLUSTER);

        assertThat(model.availabilityProperty().get()).isEqualTo(SchemasViewModel.Availability.FAILED);
        assertThat(model.emptyTextProperty().get()).isEqualTo("Could not list the schema registry's subjects: "
                + "no answer from http://127.0.0.1:8081 (connection refused)");
        assertThat(model.retryOfferedProperty().get()).isTrue();

        registry.down = null;
        model.refresh();

        assertThat(model.emptyTextProperty().get()).isEmpty();
        assertThat(model.retryOfferedProperty().get()).isFalse();
        assertThat(model.visibleSubjects()).hasSize(3);
    }

    @Test
    void theFilterNarrowsTheSubjectsAndCountsThem() {
        withOrders();
        open(CLUSTER);
        assertThat(model.countTextProperty().get()).isEqualTo("3 subjects");

        model.filterTextProperty().set(" ORDERS ");
        assertThat(model.visibleSubjects()).containsExactly("orders-key", "orders-value");
        assertThat(model.countTextProperty().get()).isEqualTo("2 of 3 subjects");

        model.filterTextProperty().set("refunds");
        assertThat(model.visibleSubjects()).isEmpty();
        assertThat(model.placeholderTextProperty().get()).isEqualTo("No subject matches “refunds”.");
    }

    @Test
    void choosingASubjectListsItsVersionsAndShowsTheNewestPretty() {
        withOrders();
        open(CLUSTER);

        model.select("orders-value");

        SubjectVersions versions = model.versions();
        assertThat(versions.versions()).containsExactly(1, 2, 3);
        assertThat(versions.selectedVersionProperty().get()).isEqualTo(3);
        ShownSchema shown = versions.shownProperty().get();
        assertThat(shown.describe()).isEqualTo("Version 3 · id 3 · Avro");
        assertThat(shown.referencesText()).isEqualTo("No references");
        assertThat(shown.prettyText()).startsWith("{\n  \"type\": \"record\",\n").contains("\n      \"default\": null\n");
        assertThat(shown.tokens()).extracting(SchemaTokens.Token::text, SchemaTokens.Token::kind)
                .contains(tuple("\"type\"", SchemaTokens.Kind.KEY), tuple("\"record\"", SchemaTokens.Kind.STRING),
                        tuple("null", SchemaTokens.Kind.KEYWORD));

        versions.select(1);
        assertThat(versions.shownProperty().get().prettyText()).contains("\"type\": \"string\"");
    }

    @Test
    void aProtobufSchemaShowsAsWrittenWithItsReferences() {
        withOrders();
        open(CLUSTER);

        model.select("payments-value");

        ShownSchema shown = model.versions().shownProperty().get();
        assertThat(shown.prettyText()).isEqualTo("syntax = \"proto3\";\nmessage Payment { int64 cents = 1; }\n");
        assertThat(shown.describe()).endsWith("Protobuf");
        assertThat(shown.referencesText()).isEqualTo("References: money.proto → “money” v2");
    }

    @Test
    void aVersionThatCannotBeReadSaysWhy() {
        withOrders();
        open(CLUSTER);
        model.select("orders-value");
        registry.down = new RegistryException("the registry refused the login (HTTP 401)");

        model.versions().select(2);

        assertThat(model.versions().shownProperty().get()).isNull();
        assertThat(model.versions().placeholderProperty().get())
                .isEqualTo("Could not read version 2 of “orders-value”: the registry refused the login (HTTP 401)");
    }

    @Test
    void theDiffOfTwoVersionsNamesTheChangedLine() {
        withOrders();
        open(CLUSTER);
        model.select("orders-value");
        VersionComparison comparison = model.comparison();
        assertThat(comparison.compareTextProperty().get()).isEqualTo("Compare v2 with v3");

        comparison.olderProperty().set(1);
        comparison.newerProperty().set(2);
        assertThat(comparison.compareTextProperty().get()).isEqualTo("Compare v1 with v2");
        comparison.compareCommand().execute();

        assertThat(comparison.summaryProperty().get()).isEqualTo("v1 → v2: 1 line added, 1 removed");
        assertThat(comparison.lines()).filteredOn(l -> l.change() != VersionDiff.Change.SAME)
                .extracting(VersionDiff.Line::change, VersionDiff.Line::text)
                .containsExactly(tuple(VersionDiff.Change.REMOVED, "      \"type\": \"string\""),
                        tuple(VersionDiff.Change.ADDED, "      \"type\": \"long\""));
        assertThat(comparison.lines()).hasSize(11);

        comparison.newerProperty().set(1);
        assertThat(comparison.lines()).as("a new choice forgets the old diff").isEmpty();
        assertThat(comparison.compareCommand().isExecutable()).as("a version with itself").isFalse();
    }

    @Test
    void checkingCompatibilitySaysTheVerdictInWords() {
        withOrders();
        open(CLUSTER);
        model.select("orders-value");
        NewSchemaVersion form = model.newVersion();
        assertThat(form.subjectProperty().get()).as("the chosen subject").isEqualTo("orders-value");
        form.schemaTextProperty().set(V3);

        form.checkCommand().execute();
        assertThat(form.outcomeProperty().get()).isEqualTo("Compatible: “orders-value” can take this schema as its next version.");
        assertThat(form.outcomeKindProperty().get()).isEqualTo(NewSchemaVersion.Outcome.GOOD);

        registry.nextVerdict = new CompatibilityVerdict(false, List.of("READER_FIELD_MISSING_DEFAULT_VALUE: note",
                "TYPE_MISMATCH at /fields/0/type"));
        form.checkCommand().execute();
        assertThat(form.outcomeProperty().get()).isEqualTo("Not compatible with the latest version of “orders-value”: "
                + "READER_FIELD_MISSING_DEFAULT_VALUE: note; TYPE_MISMATCH at /fields/0/type");
        assertThat(form.outcomeKindProperty().get()).isEqualTo(NewSchemaVersion.Outcome.BAD);

        form.subjectProperty().set("refunds-value");
        assertThat(form.outcomeProperty().get()).as("a new subject forgets the old verdict").isEmpty();
        form.checkCommand().execute();
        assertThat(form.outcomeProperty().get())
                .isEqualTo("Compatible: “refunds-value” has no version yet, so this schema would be its first.");
        assertThat(registry.changed()).isFalse();
    }

    @Test
    void typedInputStaysAsTypedAndAnEmptyFieldIsNamed() {
        open(CLUSTER);
        NewSchemaVersion form = model.newVersion();
        assertThat(form.subjectErrorProperty().get())
                .isEqualTo("Enter the subject to register under: for a topic's values, the topic's name and -value.");
        assertThat(form.schemaErrorProperty().get())
                .isEqualTo("Paste or type the schema: Avro (.avsc JSON), Protobuf (.proto text) or JSON Schema.");
        assertThat(form.registerCommand().isExecutable()).isFalse();

        form.subjectProperty().set("  orders-value ");
        form.schemaTextProperty().set("not json at all");
        assertThat(form.subjectErrorProperty().get()).isEmpty();
        assertThat(form.registerCommand().isExecutable()).isTrue();
        assertThat(form.subjectProperty().get()).isEqualTo("  orders-value ");

        form.refuseTooLong(70_000);
        assertThat(form.schemaErrorProperty().get())
                .isEqualTo("Not taken: that would make the schema 70000 characters; this box holds 65536.");
        assertThat(form.schemaTextProperty().get()).isEqualTo("not json at all");
        assertThat(form.registerCommand().isExecutable()).isFalse();
    }

    @Test
    void registeringSaysTheNewIdAndVersionAndShowsIt() {
        withOrders();
        open(CLUSTER);
        NewSchemaVersion form = model.newVersion();
        form.subjectProperty().set("refunds-value");
        form.schemaTextProperty().set(V1);

        form.registerCommand().execute();

        assertThat(form.outcomeProperty().get()).isEqualTo("Registered version 1 of “refunds-value”, schema id 1.");
        assertThat(model.visibleSubjects()).contains("refunds-value");
        assertThat(model.selectedSubjectProperty().get()).isEqualTo("refunds-value");
        assertThat(model.versions().selectedVersionProperty().get()).isEqualTo(1);

        form.schemaTextProperty().set("{\"type\":\"record\",\"name\":\"Refund\",\"fields\":[]}");
        form.registerCommand().execute();
        assertThat(form.outcomeProperty().get()).isEqualTo("Registered version 2 of “refunds-value”, schema id 6.");
        assertThat(model.versions().versions()).containsExactly(1, 2);

        form.registerCommand().execute();
        assertThat(form.outcomeProperty().get()).isEqualTo("Already registered: version 2 of “refunds-value” is this schema "
                + "(id 6). Nothing was added.");
    }

    @Test
    void aRefusedRegisterSaysWhyIncompatibleOrInvalid() {
        withOrders();
        open(CLUSTER);
        model.select("orders-value");
        NewSchemaVersion form = model.newVersion();
        form.schemaTextProperty().set(V1 + " ");

        registry.nextRefusal = new RegistryException("the schema is incompatible with subject orders-value: Schema being "
                + "registered is incompatible with an earlier schema, details: [type mismatch at /fields/0/type]", 409,
                OptionalInt.of(409), null);
        form.registerCommand().execute();
        assertThat(form.outcomeProperty().get()).isEqualTo("Not registered: the schema is incompatible with subject "
                + "orders-value: Schema being registered is incompatible with an earlier schema, details: "
                + "[type mismatch at /fields/0/type]");
        assertThat(form.outcomeKindProperty().get()).isEqualTo(NewSchemaVersion.Outcome.BAD);

        registry.nextRefusal = new RegistryException("the schema is not valid: Invalid schema: Undefined name: Nope", 422,
                OptionalInt.of(42201), null);
        form.registerCommand().execute();
        assertThat(form.outcomeProperty().get())
                .isEqualTo("Not registered: the schema is not valid: Invalid schema: Undefined name: Nope");
        assertThat(model.versions().versions()).containsExactly(1, 2, 3);
    }

    @Test
    void deletingAVersionAsksNamingItThenSoftDeletes() {
        withOrders();
        open(CLUSTER);
        model.select("orders-value");
        model.versions().select(2);
        SchemaDeletion deletion = model.deletion();

        SchemaDeletion.Question question = deletion.versionQuestion();
        assertThat(question.question()).isEqualTo("Delete version 2 of “orders-value”?");
        assertThat(question.consequences()).contains("soft delete").contains("still decode");
        assertThat(question.action()).isEqualTo("Delete version 2");
        assertThat(deletion.subjectQuestion().question()).isEqualTo("Delete subject “orders-value” and its 3 versions?");

        deletion.deleteVersion("orders-value", 2);

        assertThat(model.messageProperty().get()).isEqualTo("Deleted version 2 of “orders-value” (a soft delete).");
        assertThat(model.versions().versions()).containsExactly(1, 3);
        ticks.advance(java.time.Duration.ofSeconds(10));
        assertThat(model.messageProperty().get()).as("the note fades").isEmpty();

        deletion.deleteSubject("orders-value");
        assertThat(model.visibleSubjects()).containsExactly("orders-key", "payments-value");
        assertThat(model.selectedSubjectProperty().get()).isNull();
    }

    @Test
    void aFailedDeleteSaysWhyBesideTheButtons() {
        withOrders();
        open(CLUSTER);
        model.select("orders-key");
        registry.down = new RegistryException("no answer from http://127.0.0.1:8081 (read timed out)");

        model.deletion().deleteVersion("orders-key", 1);

        assertThat(model.refusalProperty().get()).isEqualTo("Could not delete version 1 of “orders-key”: "
                + "no answer from http://127.0.0.1:8081 (read timed out)");
    }

    @Test
    void theLevelsAreReadAndSet() {
        withOrders();
        open(CLUSTER);
        model.select("orders-value");
        CompatibilityLevels levels = model.levels();
        assertThat(levels.subjectLevelProperty().get()).isEqualTo("BACKWARD");
        assertThat(levels.globalLevelProperty().get()).isEqualTo("BACKWARD");
        assertThat(levels.applySubjectCommand().isExecutable()).as("nothing chosen yet").isFalse();

        levels.subjectChoiceProperty().set("FULL_TRANSITIVE");
        levels.applySubjectCommand().execute();

        assertThat(levels.subjectLevelProperty().get()).isEqualTo("FULL_TRANSITIVE");
        assertThat(model.messageProperty().get()).isEqualTo("Set the compatibility of “orders-value” to FULL_TRANSITIVE.");
        assertThat(levels.globalLevelProperty().get()).isEqualTo("BACKWARD");

        levels.globalChoiceProperty().set("NONE");
        levels.applyGlobalCommand().execute();
        assertThat(levels.globalLevelProperty().get()).isEqualTo("NONE");
        model.select("orders-key");
        assertThat(levels.subjectLevelProperty().get()).as("a subject without its own level reads the global one").isEqualTo("NONE");
    }

    @Test
    void aReadOnlyProfileRefusesRegisterLevelsAndDeletes() {
        withOrders();
        open(ReadOnlyProfiles.connection(ReadOnlyProfiles.PRODUCTION));
        model.select("orders-value");
        NewSchemaVersion form = model.newVersion();
        form.schemaTextProperty().set(V3);
        CompatibilityLevels levels = model.levels();
        levels.subjectChoiceProperty().set("NONE");
        levels.globalChoiceProperty().set("NONE");

        assertThat(model.changeGuard().reason()).isEqualTo(ReadOnlyProfiles.REASON);
        assertThat(form.registerCommand().isExecutable()).isFalse();
        assertThat(form.checkCommand().isExecutable()).as("checking changes nothing").isTrue();
        assertThat(levels.applySubjectCommand().isExecutable()).isFalse();
        assertThat(levels.applyGlobalCommand().isExecutable()).isFalse();
        assertThat(model.deletion().canDeleteVersionProperty().get()).isFalse();
        assertThat(model.deletion().canDeleteSubjectProperty().get()).isFalse();

        // A caller that skips the commands is refused too.
        form.register();
        assertThat(form.outcomeProperty().get()).isEqualTo(ReadOnlyProfiles.REASON);
        assertThat(levels.apply(Optional.of("orders-value"), "NONE")).isCompletedExceptionally();
        assertThat(model.deletion().deleteVersion("orders-value", 1)).isCompletedExceptionally();
        assertThat(model.deletion().deleteSubject("orders-value")).isCompletedExceptionally();
        assertThat(model.refusalProperty().get()).isEqualTo(ReadOnlyProfiles.REASON);
        assertThat(registry.changed()).isFalse();
        assertThat(model.versions().versions()).containsExactly(1, 2, 3);
    }

    @Test
    void showSchemaOpensTheSubjectAtTheVersionAskedFor() {
        withOrders();
        model.connectionProperty().set(CLUSTER);
        model.filterTextProperty().set("payments");

        model.showSchema(new SchemaRef(2, "orders-value", 2));

        assertThat(model.selectedSubjectProperty().get()).isEqualTo("orders-value");
        assertThat(model.visibleSubjects()).as("the filter let go to show it").contains("orders-value");
        assertThat(model.versions().shownProperty().get().describe()).isEqualTo("Version 2 · id 2 · Avro");

        model.showSchema(new SchemaRef(4, null, 0));
        assertThat(model.selectedSubjectProperty().get()).as("looked up by id").isEqualTo("orders-key");

        model.showSchema(new SchemaRef(777, null, 0));
        assertThat(model.refusalProperty().get())
                .isEqualTo("Could not look up schema id 777: schema id 777 not found in the registry");
    }

    @Test
    void anotherConnectionForgetsTheSubjectsOfTheLast() {
        withOrders();
        open(CLUSTER);
        model.select("orders-value");

        configured = null;
        model.connectionProperty().set(ReadOnlyProfiles.connection(ReadOnlyProfiles.STAGING));

        assertThat(model.visibleSubjects()).isEmpty();
        assertThat(model.selectedSubjectProperty().get()).isNull();
        assertThat(model.versions().versions()).isEmpty();
        assertThat(model.emptyTextProperty().get()).startsWith("This cluster has no schema registry.");
    }
}
