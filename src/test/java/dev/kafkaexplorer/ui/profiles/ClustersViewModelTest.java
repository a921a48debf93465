package dev.kafkaexplorer.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.doctor.DoctorStep;
import dev.kafkaexplorer.kafka.security.SaslMechanism;
import dev.kafkaexplorer.kafka.security.Secrets;
import dev.kafkaexplorer.kafka.security.TlsSettings.ClientCertificateSource;
import dev.kafkaexplorer.kafka.security.TlsSettings.TrustSource;
import dev.kafkaexplorer.settings.ClusterProfile;
import dev.kafkaexplorer.settings.ProfileRepository;
import dev.kafkaexplorer.settings.SettingsStore;
import dev.kafkaexplorer.settings.secrets.InMemorySecretStore;
import dev.kafkaexplorer.ui.common.ManualTicks;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Clusters window's state without the toolkit: which fields each protocol and mechanism
 * shows, the words next to them, Save into the settings file and the secret store, and the list's
 * actions. Workers and the FX thread are the test's thread.
 */
class ClustersViewModelTest {

    @TempDir
    Path dir;
    private Path settingsFile;
    private InMemorySecretStore secretStore;
    private ProfileRepository repository;
    private final List<ClusterProfile> connected = new ArrayList<>();
    private final List<ClusterAccess> diagnosed = new ArrayList<>();
    private ClustersViewModel model;
    private ProfileEditorViewModel editor;
    private SecurityForm form;

    @BeforeEach
    void open() {
        settingsFile = dir.resolve("settings.json");
        secretStore = new InMemorySecretStore();
        repository = new ProfileRepository(new SettingsStore(settingsFile), secretStore);
        ProfileTools tools = new ProfileTools(ProfileAccess.CLIENT_PROPERTIES, new KafkaClientPropertiesFiles(),
                (key, value) -> key.equals("linger.ms") && !value.matches("\\d+")
                        ? Optional.of(FieldCheck.error("must be a whole number of milliseconds.")) : Optional.empty(),
                path -> Files.isRegularFile(Path.of(path)));
        model = new ClustersViewModel(new ManualTicks().runtime(), repository, access -> {
            diagnosed.add(access);
            return List.of(DoctorStep.passed("TCP connects", "A connection opened."));
        }, connected::add, tools);
        model.open(null);
        editor = model.editor();
        form = editor.security();
    }

    @Test
    void theLocalBrokerComesFirstAndCannotBeDeletedOrItsSecurityEdited() {
        assertThat(model.profiles()).extracting(ClusterProfile::name).containsExactly("Local broker");
        assertThat(model.selectedProperty().get().isLocalBroker()).isTrue();
        assertThat(model.deleteCommand().isExecutable()).isFalse();
        assertThat(model.duplicateCommand().isExecutable()).isFalse();
        assertThat(editor.editableProperty().get()).isFalse();
        assertThat(model.saveCommand().isExecutable()).isFalse();
        assertThat(model.testConnectionCommand().isExecutable()).isFalse();
        assertThat(model.connectCommand().isExecutable()).isTrue();
        model.connectCommand().execute();
        assertThat(connected).extracting(ClusterProfile::id).containsExactly(ClusterProfile.LOCAL_BROKER_ID);
    }

    @Test
    void eachProtocolAndMechanismShowsOnlyTheFieldsItNeeds() {
        model.add();
        assertThat(form.saslShown.get()).isFalse();
        assertThat(form.tlsShown.get()).isFalse();

        form.protocol.set(SecurityProtocol.SASL_PLAINTEXT);
        assertThat(form.saslShown.get()).isTrue();
        assertThat(form.passwordLoginShown.get()).isTrue();
        assertThat(form.tlsShown.get()).isFalse();

        form.mechanism.set(SaslMechanism.OAUTHBEARER);
        assertThat(form.passwordLoginShown.get()).isFalse();
        assertThat(form.oauthShown.get()).isTrue();
        form.mechanism.set(SaslMechanism.GSSAPI);
        assertThat(form.kerberosShown.get()).isTrue();
        assertThat(form.oauthShown.get()).isFalse();
        form.mechanism.set(SaslMechanism.AWS_MSK_IAM);
        assertThat(form.awsShown.get()).isTrue();

        form.protocol.set(SecurityProtocol.SSL);
        assertThat(form.saslShown.get()).isFalse();
        assertThat(form.awsShown.get()).isFalse();
        assertThat(form.tlsShown.get()).isTrue();
        assertThat(form.trustPathShown.get()).isFalse();
        form.trustSource.set(TrustSource.PEM_FILE);
        assertThat(form.trustPathShown.get()).isTrue();
        assertThat(form.truststorePasswordShown.get()).isFalse();
        form.trustSource.set(TrustSource.PKCS12);
        assertThat(form.truststorePasswordShown.get()).isTrue();
        form.clientCertificate.set(ClientCertificateSource.PEM_FILES);
        assertThat(form.keyPathShown.get()).isTrue();
        assertThat(form.keystorePasswordShown.get()).isFalse();
        form.clientCertificate.set(ClientCertificateSource.JKS);
        assertThat(form.keyPathShown.get()).isFalse();
        assertThat(form.keystorePasswordShown.get()).isTrue();

        assertThat(form.hostnameVerification.get()).isTrue();
        assertThat(form.hostnameWarning.get()).isEmpty();
        form.hostnameVerification.set(false);
        assertThat(form.hostnameWarning.get()).startsWith("Host names are not checked");
    }

    @Test
    void everyFieldSaysWhatIsWrongAsTypedAndSaveWaitsUntilAllIsRight() throws IOException {
        model.add();
        assertThat(editor.serversCheck.get().words()).isEqualTo("Enter the cluster's bootstrap servers as host:port[,host:port…], e.g. localhost:9092");
        assertThat(model.saveCommand().isExecutable()).isFalse();
        editor.servers.set("kafka-1:9093");
        assertThat(editor.serversCheck.get().isOk()).isTrue();
        assertThat(model.saveCommand().isExecutable()).isTrue();

        editor.name.set(" ");
        assertThat(editor.nameCheck.get().words()).isEqualTo("Give the profile a name.");
        editor.name.set("local BROKER");
        assertThat(editor.nameCheck.get().words()).isEqualTo("Another profile is named \"local BROKER\": names must differ.");
        assertThat(model.saveCommand().isExecutable()).isFalse();
        editor.name.set("Staging");

        form.protocol.set(SecurityProtocol.SASL_SSL);
        form.mechanism.set(SaslMechanism.SCRAM_SHA_512);
        assertThat(editor.securityChecks.all().stream().map(c -> c.get().words()).filter(w -> !w.isEmpty())).containsExactly("Enter the user name.", "Enter the password.");
        assertThat(model.saveCommand().isExecutable()).isFalse();
        form.username.set("alice");
        form.password.set("s3cret");
        form.mechanism.set(SaslMechanism.OAUTHBEARER);
        form.oauthTokenEndpoint.set("login.example.com/token");
        assertThat(editor.securityChecks.oauthTokenEndpoint.get().words()).startsWith("Not a URL");
        form.mechanism.set(SaslMechanism.SCRAM_SHA_512);

        form.trustSource.set(TrustSource.PEM_FILE);
        assertThat(editor.securityChecks.trustPath.get()).isEqualTo(FieldCheck.error("Choose the file with the CA certificates to trust."));
        form.trustPath.set(dir.resolve("missing-ca.pem").toString());
        assertThat(editor.securityChecks.trustPath.get().blocks()).isFalse();
        assertThat(editor.securityChecks.trustPath.get().words()).startsWith("No file at ");
        assertThat(model.saveCommand().isExecutable()).isTrue();
        Path ca = Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----");
        form.trustPath.set(ca.toString());
        assertThat(editor.securityChecks.trustPath.get().isOk()).isTrue();

        editor.advanced.text.set("linger.ms = soon\nclient.dns.lookup\n");
        assertThat(editor.advanced.findings().getValue()).extracting(Object::toString).containsExactly(
                "Line 1: linger.ms: must be a whole number of milliseconds.",
                "Line 2: \"client.dns.lookup\" is not a property: write key = value.");
        assertThat(model.saveCommand().isExecutable()).isFalse();
        editor.advanced.text.set("linger.ms = 5\n");
        assertThat(model.saveCommand().isExecutable()).isTrue();
    }

    @Test
    void saveKeepsThePasswordInTheSecretStoreNotInTheSettingsFile() throws IOException {
        model.add();
        editor.name.set("Production EU");
        editor.servers.set("kafka-1:9093,kafka-2:9093");
        form.protocol.set(SecurityProtocol.SASL_SSL);
        form.mechanism.set(SaslMechanism.SCRAM_SHA_512);
        form.username.set("alice");
        form.password.set("pa55-w0rd-never-in-json");
        editor.advanced.text.set("linger.ms = 5\nssl.keystore.password = store-secret-x\n");
        model.saveCommand().execute();

        assertThat(model.noticeProperty().get()).isEqualTo("Saved Production EU.");
        assertThat(model.saveCommand().isExecutable()).isFalse();
        String json = Files.readString(settingsFile);
        assertThat(json).contains("Production EU", "kafka-1:9093,kafka-2:9093", "alice", "linger.ms")
                .doesNotContain("pa55-w0rd-never-in-json", "store-secret-x");
        ClusterProfile saved = repository.byName("Production EU").orElseThrow();
        assertThat(saved.security().sasl().mechanism()).isEqualTo(SaslMechanism.SCRAM_SHA_512);
        assertThat(repository.secretsOf(saved).get(Secrets.SASL_PASSWORD)).contains("pa55-w0rd-never-in-json");
        assertThat(secretStore.read(saved.id(), Secrets.forProperty("ssl.keystore.password"))).contains("store-secret-x");

        // Opened again, the editor holds the saved secret without showing the advanced one.
        model.open(saved.id());
        assertThat(form.password.get()).isEqualTo("pa55-w0rd-never-in-json");
        assertThat(editor.advanced.text.get()).contains("ssl.keystore.password = " + AdvancedProperties.KEPT);
        assertThat(model.hasUnsavedChanges()).isFalse();

        // A protocol without SASL keeps no SASL password.
        form.protocol.set(SecurityProtocol.SSL);
        model.saveCommand().execute();
        assertThat(secretStore.read(saved.id(), Secrets.SASL_PASSWORD)).isEmpty();
        assertThat(secretStore.read(saved.id(), Secrets.forProperty("ssl.keystore.password"))).contains("store-secret-x");
    }

    @Test
    void whatIsTypedWhileTheSaveRunsStaysTypedAndUnsaved() {
        List<Runnable> workerQueue = new ArrayList<>();
        ClustersViewModel slow = new ClustersViewModel(new UiRuntime(Runnable::run, workerQueue::add, new ManualTicks()),
                repository, access -> List.of(), connected::add, ProfileTools.standard());
        slow.open(null);
        runAll(workerQueue);
        slow.add();
        ProfileEditorViewModel typing = slow.editor();
        typing.name.set("First");
        typing.servers.set("a:9092");
        slow.saveCommand().execute();
        typing.name.set("Second");
        runAll(workerQueue);

        assertThat(repository.profiles()).extracting(ClusterProfile::name).containsExactly("First");
        assertThat(typing.name.get()).isEqualTo("Second");
        assertThat(slow.hasUnsavedChanges()).isTrue();
        assertThat(slow.saveCommand().isExecutable()).isTrue();
    }

    private static void runAll(List<Runnable> queue) {
        while (!queue.isEmpty()) {
            queue.remove(0).run();
        }
    }

    @Test
    void duplicateDeleteAndReorderAreSaved() {
        model.add();
        editor.name.set("A");
        editor.servers.set("a:9092");
        form.protocol.set(SecurityProtocol.SASL_PLAINTEXT);
        form.username.set("alice");
        form.password.set("alice-secret");
        model.saveCommand().execute();
        model.add();
        editor.name.set("B");
        editor.servers.set("b:9092");
        model.saveCommand().execute();
        assertThat(names()).containsExactly("Local broker", "A", "B");

        model.select(model.profiles().get(1));
        model.duplicateCommand().execute();
        assertThat(editor.name.get()).isEqualTo("A copy");
        assertThat(form.password.get()).isEqualTo("alice-secret");
        model.saveCommand().execute();
        ClusterProfile copy = repository.byName("A copy").orElseThrow();
        assertThat(repository.secretsOf(copy).get(Secrets.SASL_PASSWORD)).contains("alice-secret");
        assertThat(savedNames()).containsExactly("A", "B", "A copy");

        assertThat(model.moveDownCommand().isExecutable()).isFalse();
        model.moveUpCommand().execute();
        assertThat(savedNames()).containsExactly("A", "A copy", "B");
        model.moveUpCommand().execute();
        assertThat(savedNames()).containsExactly("A copy", "A", "B");
        assertThat(names()).containsExactly("Local broker", "A copy", "A", "B");
        assertThat(model.moveUpCommand().isExecutable()).isFalse();

        ClusterProfile a = repository.byName("A").orElseThrow();
        model.select(model.profiles().get(2));
        model.deleteCommand().execute();
        assertThat(savedNames()).containsExactly("A copy", "B");
        assertThat(secretStore.read(a.id(), Secrets.SASL_PASSWORD)).isEmpty();
        assertThat(model.noticeProperty().get()).isEqualTo("Deleted A.");
    }

    @Test
    void anUnsavedNewProfileIsDroppedWhenLeftAndTestConnectionDiagnosesItAsTyped() {
        model.add();
        assertThat(model.hasUnsavedChanges()).isTrue();
        editor.servers.set("127.0.0.1:19092");
        model.testConnectionCommand().execute();
        assertThat(diagnosed).containsExactly(ClusterAccess.plaintext("127.0.0.1:19092"));
        assertThat(model.doctor().steps()).extracting(Object::toString)
                .containsExactly("TCP connects: passed — A connection opened.");

        form.protocol.set(SecurityProtocol.SASL_SSL);
        form.username.set("alice");
        form.password.set("x");
        model.testConnectionCommand().execute();
        assertThat(model.testProblemProperty().get()).isEmpty();
        assertThat(diagnosed).hasSize(2);
        assertThat(diagnosed.get(1).clientProperties()).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "PLAIN");

        // A client key file that is not there: the doctor cannot start, and the editor says why.
        form.protocol.set(SecurityProtocol.SSL);
        form.clientCertificate.set(ClientCertificateSource.PEM_FILES);
        form.certificatePath.set(dir.resolve("no-cert.pem").toString());
        form.keyPath.set(dir.resolve("no-key.pem").toString());
        model.testConnectionCommand().execute();
        assertThat(model.testProblemProperty().get()).startsWith("Cannot test this profile: ").contains("no-");
        assertThat(diagnosed).hasSize(2);

        model.select(model.profiles().get(0));
        assertThat(names()).containsExactly("Local broker");
        assertThat(repository.profiles()).isEmpty();
    }

    @Test
    void importReadsAClientPropertiesFileAndExportLeavesSecretsOut() throws IOException {
        Path file = Files.writeString(dir.resolve("aiven.properties"), """
                bootstrap.servers=kafka.example.com:23456
                security.protocol=SASL_SSL
                sasl.mechanism=SCRAM-SHA-256
                sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="u" password="jaas-secret";
                client.id=explorer
                """);
        model.importFrom(file);
        assertThat(editor.name.get()).isEqualTo("aiven");
        assertThat(form.protocol.get()).isEqualTo(SecurityProtocol.SASL_SSL);
        assertThat(form.mechanism.get()).isEqualTo(SaslMechanism.SCRAM_SHA_256);
        // Kafka's JAAS parser took the login apart: the user into its field, the password into the secrets.
        assertThat(form.username.get()).isEqualTo("u");
        assertThat(form.password.get()).isEqualTo("jaas-secret");
        assertThat(editor.advanced.text.get()).contains("client.id = explorer").doesNotContain("jaas-secret", "sasl.jaas.config");

        Path out = dir.resolve("out.properties");
        model.exportTo(out);
        assertThat(Files.readString(out)).contains("bootstrap.servers=kafka.example.com:23456", "client.id=explorer",
                "sasl.mechanism=SCRAM-SHA-256", "username=\"u\"").doesNotContain("jaas-secret");
    }

    private List<String> names() {
        return model.profiles().stream().map(ClusterProfile::name).toList();
    }

    private List<String> savedNames() {
        return repository.profiles().stream().map(ClusterProfile::name).toList();
    }
}
