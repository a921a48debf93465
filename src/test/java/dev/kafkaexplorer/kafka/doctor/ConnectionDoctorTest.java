package dev.kafkaexplorer.kafka.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.broker.EmbeddedBroker;
import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.doctor.DoctorStep.Outcome;
import dev.kafkaexplorer.testing.HelloHttpServer;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.testing.UnresolvableAdvertisedBroker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The doctor against real listeners without security: a closed port, an unknown host, an HTTP
 * server, a TLS profile on the plaintext test broker, a broker advertising a name that does not
 * resolve, and the test broker itself.
 */
class ConnectionDoctorTest {

    private final ConnectionDoctor doctor = new ConnectionDoctor();

    @Test
    void aClosedPortFailsAtTcpWithWordsAboutTheRefusal() {
        int closed = EmbeddedBroker.freePort();

        List<DoctorStep> steps = doctor.diagnose(ClusterAccess.plaintext("127.0.0.1:" + closed));

        DoctorStep failed = onlyFailure(steps, TcpCheck.NAME);
        assertThat(failed.words()).contains("Nothing listens on 127.0.0.1:" + closed).contains("refused")
                .contains("port closed");
        assertThat(steps.get(0).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void anUnknownHostFailsAtItsName() {
        List<DoctorStep> steps = doctor.diagnose(ClusterAccess.plaintext("no-such-host.invalid:9092"));

        assertThat(onlyFailure(steps, NameCheck.NAME).words())
                .contains("'no-such-host.invalid' does not resolve").contains("typos");
    }

    @Test
    void anHttpServerIsToldApartFromKafka() {
        try (HelloHttpServer http = HelloHttpServer.start()) {
            String address = http.address();

            List<DoctorStep> steps = doctor.diagnose(ClusterAccess.plaintext(address));

            assertThat(onlyFailure(steps, ProtocolCheck.NAME).words())
                    .contains("An HTTP server answered at " + address).contains("not a Kafka broker");
        }
    }

    @Test
    void aTlsProfileOnAPlaintextListenerSaysTheListenerHasNoTls() {
        ClusterAccess tlsToPlain = new ClusterAccess(TestBroker.bootstrapServers(), Map.of("security.protocol", "SSL"));

        List<DoctorStep> steps = doctor.diagnose(tlsToPlain);

        assertThat(onlyFailure(steps, ProtocolCheck.NAME).words()).contains("does not speak TLS")
                .contains("plaintext listener").contains("Set it to PLAINTEXT");
    }

    @Test
    void anAdvertisedNameThatDoesNotResolveIsNamedAsTheBrokersSetting() {
        try (UnresolvableAdvertisedBroker broker = UnresolvableAdvertisedBroker.start()) {
            List<DoctorStep> steps = doctor.diagnose(ClusterAccess.plaintext(broker.bootstrapServers()));

            assertThat(onlyFailure(steps, AdvertisedCheck.NAME).words())
                    .contains("advertises " + UnresolvableAdvertisedBroker.ADVERTISED_HOST)
                    .contains("does not resolve").contains("advertised.listeners");
        }
    }

    @Test
    void theTestBrokerPassesEveryStepItUses() {
        List<DoctorStep> steps = doctor.diagnose(ClusterAccess.plaintext(TestBroker.bootstrapServers()));

        assertThat(steps).extracting(DoctorStep::name).containsExactly(NameCheck.NAME, TcpCheck.NAME,
                ProtocolCheck.NAME, TlsCheck.NAME, SaslCheck.NAME, AdvertisedCheck.NAME, AuthorizationCheck.NAME);
        assertThat(steps).extracting(DoctorStep::outcome).containsExactly(Outcome.PASSED, Outcome.PASSED,
                Outcome.PASSED, Outcome.SKIPPED, Outcome.SKIPPED, Outcome.PASSED, Outcome.PASSED);
        assertThat(steps.get(3).toString()).isEqualTo("TLS handshake: skipped — not used: security.protocol is PLAINTEXT.");
        assertThat(steps.get(6).words()).contains("Allowed to describe the cluster and list topics");
    }

    /** The one failed step, which must be {@code name}; the steps after it skipped. */
    static DoctorStep onlyFailure(List<DoctorStep> steps, String name) {
        assertThat(steps).hasSize(7);
        List<DoctorStep> failed = steps.stream().filter(DoctorStep::failed).toList();
        assertThat(failed).as(steps.toString()).hasSize(1);
        DoctorStep step = failed.get(0);
        assertThat(step.name()).as(steps.toString()).isEqualTo(name);
        assertThat(steps.subList(steps.indexOf(step) + 1, steps.size()))
                .allMatch(s -> s.outcome() == Outcome.SKIPPED);
        return step;
    }
}
