package dev.kafkaexplorer.kafka.doctor;

import static dev.kafkaexplorer.kafka.doctor.ConnectionDoctorTest.onlyFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.doctor.DoctorStep.Outcome;
import dev.kafkaexplorer.testing.ExpiredCertificateServer;
import dev.kafkaexplorer.testing.SecuredTestBroker;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The doctor against the secured test broker's real TLS and SASL listeners: each mistake a user
 * makes with a secured cluster fails at its own step, with words naming the fix.
 */
class SecuredConnectionDoctorTest {

    private final SecuredTestBroker broker = SecuredTestBroker.shared();
    private final ConnectionDoctor doctor = new ConnectionDoctor();

    @Test
    void aPlaintextProfileOnATlsPortIsToldTheListenerWantsTls() {
        List<DoctorStep> steps = doctor.diagnose(ClusterAccess.plaintext(broker.sslServers()));

        assertThat(onlyFailure(steps, ProtocolCheck.NAME).words())
                .contains(broker.sslServers() + " is a TLS listener").contains("set it to SSL");
    }

    @Test
    void aTruststoreWithoutTheCaFailsTheHandshakeAsUntrusted() {
        // Without a truststore of its own the profile trusts the JDK's public CAs, not the test CA.
        List<DoctorStep> steps = doctor.diagnose(without(broker.mutualTls(), "ssl.truststore."));

        assertThat(onlyFailure(steps, TlsCheck.NAME).words())
                .contains("not signed by a CA the profile trusts").contains("truststore");
    }

    @Test
    void anExpiredCertificateIsNamedAsExpired() throws Exception {
        try (ExpiredCertificateServer expired = ExpiredCertificateServer.start()) {
            ClusterAccess trusting = new ClusterAccess(expired.bootstrapServers(), Map.of("security.protocol", "SSL",
                    "ssl.truststore.type", "PKCS12", "ssl.truststore.location", expired.truststore().toString(),
                    "ssl.truststore.password", expired.truststorePassword()));

            List<DoctorStep> steps = doctor.diagnose(trusting);

            assertThat(onlyFailure(steps, TlsCheck.NAME).words())
                    .contains("The certificate of " + expired.bootstrapServers() + " has expired")
                    .contains("must be renewed");
        }
    }

    @Test
    void aNameTheCertificateDoesNotListFailsTheHostNameCheck() throws Exception {
        // The broker's certificate is for localhost and 127.0.0.1; this machine's own name reaches it too.
        String otherName = InetAddress.getLocalHost().getHostName();
        assumeTrue(InetAddress.getByName(otherName).isLoopbackAddress() && !otherName.equals("localhost"),
                "this machine's host name must resolve to the loopback address");
        ClusterAccess mtls = broker.mutualTls();
        String port = broker.sslServers().substring(broker.sslServers().lastIndexOf(':') + 1);
        ClusterAccess byOtherName = new ClusterAccess(otherName + ":" + port, mtls.clientProperties());

        List<DoctorStep> steps = doctor.diagnose(byOtherName);

        assertThat(onlyFailure(steps, TlsCheck.NAME).words())
                .contains("not made out for '" + otherName + "'").contains("subject alternative names");
    }

    @Test
    void aMissingClientCertificateIsNamedOnTheClientAuthListener() {
        List<DoctorStep> steps = doctor.diagnose(broker.tlsWithoutClientCertificate());

        assertThat(onlyFailure(steps, TlsCheck.NAME).words())
                .contains("requires a client certificate").contains("ssl.client.auth=required").contains("keystore");
    }

    @Test
    void aWrongPasswordFailsTheSaslLogin() {
        var user = broker.scramSha512User();

        List<DoctorStep> steps = doctor.diagnose(broker.saslSsl("SCRAM-SHA-512", user.user(), "not-" + user.password()));

        assertThat(onlyFailure(steps, SaslCheck.NAME).words())
                .contains("refused the user name or password (SCRAM-SHA-512)").contains("Broker said:");
        assertThat(steps.get(3).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void aMechanismTheListenerDoesNotEnableIsNamed() {
        var user = broker.scramSha256User();

        List<DoctorStep> steps = doctor.diagnose(broker.saslSsl("SCRAM-SHA-256", user.user(), user.password()));

        assertThat(onlyFailure(steps, SaslCheck.NAME).words())
                .contains("does not enable SCRAM-SHA-256").contains("sasl.enabled.mechanisms");
    }

    @Test
    void aUserDeniedEverythingFailsAtAuthorization() {
        var denied = broker.deniedUser();

        List<DoctorStep> steps = doctor.diagnose(broker.saslSsl("SCRAM-SHA-512", denied.user(), denied.password()));

        assertThat(onlyFailure(steps, AuthorizationCheck.NAME).words())
                .contains("Describing the cluster was denied").contains("DESCRIBE on the Cluster");
    }

    @Test
    void scramOverSaslSslAndMutualTlsPassEveryStep() {
        List<DoctorStep> scram = doctor.diagnose(broker.scramSha512OverSaslSsl());
        List<DoctorStep> mtls = doctor.diagnose(broker.mutualTls());

        assertThat(scram).as(scram.toString()).allMatch(s -> s.outcome() == Outcome.PASSED);
        assertThat(scram.get(4).words()).isEqualTo("Logged in as " + broker.scramSha512User().user() + " with SCRAM-SHA-512.");
        assertThat(mtls).extracting(DoctorStep::outcome).as(mtls.toString()).containsExactly(Outcome.PASSED,
                Outcome.PASSED, Outcome.PASSED, Outcome.PASSED, Outcome.SKIPPED, Outcome.PASSED, Outcome.PASSED);
    }

    private static ClusterAccess without(ClusterAccess access, String... prefixes) {
        Map<String, String> props = new HashMap<>(access.clientProperties());
        props.keySet().removeIf(key -> java.util.Arrays.stream(prefixes).anyMatch(key::startsWith));
        return new ClusterAccess(access.bootstrapServers(), props);
    }
}
