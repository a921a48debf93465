package dev.kafkaexplorer.bench;

import dev.kafkaexplorer.broker.EmbeddedBroker;
import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.doctor.ConnectionDoctor;
import dev.kafkaexplorer.kafka.doctor.DoctorStep;
import dev.kafkaexplorer.testing.HelloHttpServer;
import dev.kafkaexplorer.testing.SecuredTestBroker;
import dev.kafkaexplorer.testing.TestBroker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * How long the connection doctor takes to name what is wrong with an address that is not a Kafka
 * listener of the profile's kind: a closed port (goal: within 1 s), an HTTP server, a TLS listener
 * reached in plaintext and a plaintext listener reached with TLS (goal: within 2 s). Five runs
 * each; prints the times and the failed step.
 * Run: {@code ./mvnw -Pbenchmark test -Dtest=DoctorBenchmark}.
 */
class DoctorBenchmark {

    private static final int RUNS = 5;

    @Test
    void timesToTheFailedStep() {
        try (HelloHttpServer http = HelloHttpServer.start()) {
            Map<String, Supplier<ClusterAccess>> cases = new LinkedHashMap<>();
            cases.put("closed port", () -> ClusterAccess.plaintext("127.0.0.1:" + EmbeddedBroker.freePort()));
            cases.put("HTTP server", () -> ClusterAccess.plaintext(http.address()));
            cases.put("plaintext profile on a TLS port", () -> ClusterAccess.plaintext(SecuredTestBroker.shared().sslServers()));
            cases.put("TLS profile on a plaintext port", () -> new ClusterAccess(TestBroker.bootstrapServers(),
                    Map.of("security.protocol", "SSL")));
            ConnectionDoctor doctor = new ConnectionDoctor();
            for (Map.Entry<String, Supplier<ClusterAccess>> c : cases.entrySet()) {
                ClusterAccess access = c.getValue().get();
                doctor.diagnose(access);
                List<Long> millis = new ArrayList<>();
                String failed = "";
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    List<DoctorStep> steps = doctor.diagnose(access);
                    long tookMillis = (System.nanoTime() - start) / 1_000_000;
                    failed = steps.stream().filter(s -> s.outcome() == DoctorStep.Outcome.FAILED).map(DoctorStep::name)
                            .findFirst().orElse("none");
                    millis.add(tookMillis);
                }
                System.out.printf("DoctorBenchmark %-34s failed at %-16s ms per run %s%n", c.getKey(), failed, millis);
            }
        }
    }
}
