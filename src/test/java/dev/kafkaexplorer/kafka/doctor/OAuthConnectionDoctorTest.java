package dev.kafkaexplorer.kafka.doctor;

import static dev.kafkaexplorer.kafka.doctor.ConnectionDoctorTest.onlyFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.broker.EmbeddedBroker;
import dev.kafkaexplorer.kafka.doctor.DoctorStep.Outcome;
import dev.kafkaexplorer.testing.SecuredTestBroker;
import dev.kafkaexplorer.testing.TestTokenEndpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The doctor's SASL step with OAUTHBEARER against the secured test broker's OAuth listener and
 * its real token endpoint: a token that cannot be had (endpoint unreachable, client refused) is
 * told apart from a token the broker refuses.
 */
class OAuthConnectionDoctorTest {

    private final SecuredTestBroker broker = SecuredTestBroker.shared();
    private final TestTokenEndpoint tokens = broker.tokenEndpoint();
    private final ConnectionDoctor doctor = new ConnectionDoctor();

    @Test
    void aClientWithItsSecretPassesEveryStepAndTheEndpointIsAsked() {
        int issuedBefore = tokens.tokensIssued();

        List<DoctorStep> steps = doctor.diagnose(broker.oauthOverSaslPlaintext());

        assertThat(steps).extracting(DoctorStep::outcome).as(steps.toString()).containsExactly(Outcome.PASSED,
                Outcome.PASSED, Outcome.PASSED, Outcome.SKIPPED, Outcome.PASSED, Outcome.PASSED, Outcome.PASSED);
        assertThat(steps.get(4).words()).isEqualTo("Logged in with OAUTHBEARER, with a token for client '"
                + broker.oauthClient().id() + "' from " + tokens.tokenUrl() + ".");
        assertThat(tokens.tokensIssued()).isGreaterThan(issuedBefore);
    }

    @Test
    void aWrongClientSecretIsNamedAsRefusedByTheTokenEndpoint() {
        var client = broker.oauthClient();
        String wrong = "not-" + client.secret();

        List<DoctorStep> steps = doctor.diagnose(broker.oauth(tokens.tokenUrl(), client.id(), wrong));

        assertThat(onlyFailure(steps, SaslCheck.NAME).words())
                .startsWith("The token endpoint " + tokens.tokenUrl() + " refused the client ID or secret of client '"
                        + client.id() + "'")
                .contains("Endpoint said: {\"invalid_client\" - \"The client secret is wrong")
                .doesNotContain(wrong);
    }

    @Test
    void anUnreachableTokenEndpointIsNamedAsUnreachable() {
        String closed = "http://127.0.0.1:" + EmbeddedBroker.freePorts(1).get(0) + "/token";
        TestTokenEndpoint.allowInThisJvm(closed);
        var client = broker.oauthClient();

        List<DoctorStep> steps = doctor.diagnose(broker.oauth(closed, client.id(), client.secret()));

        assertThat(onlyFailure(steps, SaslCheck.NAME).words())
                .startsWith("The token endpoint " + closed + " cannot be reached (Connection refused)")
                .contains("sasl.oauthbearer.token.endpoint.url");
    }

    @Test
    void aTokenUrlNotAllowedInThisProgramIsNamed() {
        var client = broker.oauthClient();
        String unlisted = tokens.tokenUrl() + "?unlisted";

        List<DoctorStep> steps = doctor.diagnose(broker.oauth(unlisted, client.id(), client.secret()));

        assertThat(onlyFailure(steps, SaslCheck.NAME).words())
                .contains("refused to contact the token endpoint " + unlisted)
                .contains(TestTokenEndpoint.ALLOWED_URLS_PROPERTY);
    }

    @Test
    void aTokenTheBrokerDoesNotAcceptIsNamedAsRefusedByTheBroker() {
        var other = broker.oauthOtherAudienceClient();
        int issuedBefore = tokens.tokensIssued();

        List<DoctorStep> steps = doctor.diagnose(broker.oauth(tokens.tokenUrl(), other.id(), other.secret()));

        assertThat(onlyFailure(steps, SaslCheck.NAME).words())
                .startsWith("The broker refused the token from " + tokens.tokenUrl())
                .contains("sasl.oauthbearer.expected.audience").contains("Broker said:");
        assertThat(tokens.tokensIssued()).isGreaterThan(issuedBefore);
    }

    @Test
    void aDeniedSubjectLogsInAndFailsAtAuthorization() {
        var denied = broker.oauthDeniedClient();

        List<DoctorStep> steps = doctor.diagnose(broker.oauth(tokens.tokenUrl(), denied.id(), denied.secret()));

        assertThat(onlyFailure(steps, AuthorizationCheck.NAME).words()).contains("Describing the cluster was denied");
    }
}
