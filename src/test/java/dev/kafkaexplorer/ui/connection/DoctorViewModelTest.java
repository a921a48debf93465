package dev.kafkaexplorer.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.ConnectionSettings;
import dev.kafkaexplorer.kafka.KafkaFailure;
import dev.kafkaexplorer.kafka.doctor.DoctorStep;
import dev.kafkaexplorer.settings.AppSettings;
import dev.kafkaexplorer.settings.SettingsStore;
import dev.kafkaexplorer.ui.common.ManualTicks;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connection doctor's panel without the toolkit and without a broker: the connect fails as
 * the test says, the doctor answers what the test gives, and the workers run when the test lets them.
 */
class DoctorViewModelTest {

    private static final List<DoctorStep> HTTP_PORT = List.of(
            DoctorStep.passed("Host names resolve", "127.0.0.1 is an address (no name to look up)."),
            DoctorStep.passed("TCP connects", "A connection opened to 127.0.0.1:8080."),
            DoctorStep.failed("Speaks Kafka", "An HTTP server answered at 127.0.0.1:8080, not a Kafka broker."),
            DoctorStep.skipped("TLS handshake", "not checked, as an earlier step failed."));

    @TempDir
    Path dir;

    private final List<Runnable> workers = new ArrayList<>();
    private final List<ClusterAccess> diagnosed = new ArrayList<>();
    private final List<CompletableFuture<Connection>> connects = new ArrayList<>();
    private ConnectionViewModel model;
    private DoctorViewModel doctor;

    @BeforeEach
    void setUp() {
        // Workers that run only when the test says, so a run under way can be seen and overtaken.
        UiRuntime runtime = new UiRuntime(Runnable::run, workers::add, new ManualTicks());
        ClusterConnector failing = new ClusterConnector() {
            @Override
            public CompletionStage<Connection> connect(ConnectionSettings target, boolean localBroker) {
                CompletableFuture<Connection> answer = new CompletableFuture<>();
                connects.add(answer);
                return answer;
            }

            @Override
            public void close(Connection connection) {
            }
        };
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        model = new ConnectionViewModel(runtime, AppSettings.defaults(), store, TestConnectionServices.of(runtime, store,
                failing, port -> {
                    throw new IllegalStateException("no local broker in this test");
                }, (host, port, timeout) -> false, access -> {
                    diagnosed.add(access);
                    return HTTP_PORT;
                }));
        doctor = model.doctor();
    }

    @Test
    void nothingIsOfferedBeforeAConnectFails() {
        assertThat(doctor.diagnoseCommand().isExecutable()).isFalse();
        assertThat(doctor.shownProperty().get()).isFalse();
        assertThat(doctor.closeCommand().isExecutable()).isFalse();
    }

    @Test
    void aFailedConnectRunsTheDoctorOnceAndShowsEachStepInWords() {
        failConnectTo("127.0.0.1:8080");

        assertThat(doctor.shownProperty().get()).isTrue();
        assertThat(doctor.runningProperty().get()).isTrue();
        assertThat(doctor.summaryProperty().get()).isEqualTo("Checking 127.0.0.1:8080 step by step…");
        assertThat(doctor.diagnoseCommand().isExecutable()).as("Diagnose while it runs").isFalse();

        runWorkers();

        assertThat(diagnosed).containsExactly(ClusterAccess.plaintext("127.0.0.1:8080"));
        assertThat(doctor.runningProperty().get()).isFalse();
        assertThat(doctor.steps()).extracting(DoctorStep::toString).containsExactly(
                "Host names resolve: passed — 127.0.0.1 is an address (no name to look up).",
                "TCP connects: passed — A connection opened to 127.0.0.1:8080.",
                "Speaks Kafka: failed — An HTTP server answered at 127.0.0.1:8080, not a Kafka broker.",
                "TLS handshake: skipped — not checked, as an earlier step failed.");
        assertThat(doctor.summaryProperty().get()).isEqualTo("Connection doctor: 127.0.0.1:8080 fails at \"Speaks Kafka\".");
        assertThat(doctor.diagnoseCommand().isExecutable()).isTrue();
    }

    @Test
    void aClosedPanelStaysClosedWhenALateAnswerComesAndDiagnoseOpensItAgain() {
        failConnectTo("127.0.0.1:8080");
        doctor.closeCommand().execute();

        runWorkers();

        assertThat(doctor.shownProperty().get()).isFalse();
        assertThat(doctor.steps()).isEmpty();
        doctor.diagnoseCommand().execute();
        runWorkers();
        assertThat(doctor.shownProperty().get()).isTrue();
        assertThat(doctor.steps()).hasSize(4);
        assertThat(diagnosed).hasSize(2);
    }

    @Test
    void aNewConnectWithdrawsTheOldFindings() {
        failConnectTo("127.0.0.1:8080");
        runWorkers();

        model.bootstrapTextProperty().set("kafka-2:9092");
        model.connect();

        assertThat(doctor.shownProperty().get()).isFalse();
        assertThat(doctor.steps()).isEmpty();
        assertThat(doctor.diagnoseCommand().isExecutable()).isFalse();
    }

    private void failConnectTo(String servers) {
        model.bootstrapTextProperty().set(servers);
        model.connect();
        connects.get(connects.size() - 1).completeExceptionally(new KafkaFailure("No Kafka broker answered", null));
    }

    private void runWorkers() {
        while (!workers.isEmpty()) {
            workers.remove(0).run();
        }
    }
}
