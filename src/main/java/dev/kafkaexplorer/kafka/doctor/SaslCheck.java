package dev.kafkaexplorer.kafka.doctor;

import dev.kafkaexplorer.kafka.KafkaErrorText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.UnsupportedSaslMechanismException;

/** Step 5: the SASL login with the profile's mechanism and credentials. Skipped without SASL. */
final class SaslCheck implements DoctorCheck {

    static final String NAME = "SASL login";
    private static final Pattern USER = Pattern.compile("username\\s*=\\s*\"([^\"]*)\"");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DoctorStep run(DoctorRun run) {
        if (!run.usesSasl()) {
            return DoctorStep.skipped(NAME, "not used: security.protocol is " + run.protocol() + ".");
        }
        String mechanism = run.mechanism();
        AdminProbe probe = run.admin();
        boolean tokenEndpoint = OAuthWords.usesTokenEndpoint(run);
        if (probe.openFailure() != null && tokenEndpoint) {
            return DoctorStep.failed(NAME, OAuthWords.tokenFailure(run.access(), probe.openFailure()));
        }
        if (probe.openFailure() != null) {
            return DoctorStep.failed(NAME, "The profile's SASL settings cannot be used: "
                    + TlsWords.message(probe.openFailure()) + ". Check sasl.mechanism and sasl.jaas.config.");
        }
        Throwable failure = probe.cluster().failure();
        String broker = failure == null || failure.getMessage() == null ? "" : " Broker said: " + failure.getMessage();
        if (failure instanceof UnsupportedSaslMechanismException) {
            return DoctorStep.failed(NAME, "The broker does not enable " + mechanism + " on this listener: choose a"
                    + " mechanism it enables (sasl.mechanism), or enable " + mechanism
                    + " on the broker (sasl.enabled.mechanisms)." + broker);
        }
        if (failure instanceof SaslAuthenticationException && tokenEndpoint) {
            return DoctorStep.failed(NAME, OAuthWords.brokerRefusal(run.access(), failure));
        }
        if (failure instanceof SaslAuthenticationException) {
            return DoctorStep.failed(NAME, "The broker refused the user name or password (" + mechanism + "):"
                    + " check the credentials; a SCRAM user must exist on the cluster for " + mechanism + "." + broker);
        }
        if (failure instanceof SslAuthenticationException) {
            return DoctorStep.failed(NAME, "TLS failed while logging in: " + failure.getMessage()
                    + ". Check the profile's TLS settings.");
        }
        if (failure instanceof AuthenticationException) {
            return DoctorStep.failed(NAME, "The login with " + mechanism + " failed: check the credentials"
                    + " and the mechanism." + broker);
        }
        if (failure != null) {
            // Not a refused login, but no answer that shows the login worked either (e.g. a timeout).
            return DoctorStep.failed(NAME, "The login with " + mechanism + " could not be confirmed: "
                    + KafkaErrorText.general(failure));
        }
        if (tokenEndpoint) {
            return DoctorStep.passed(NAME, OAuthWords.passed(run.access()));
        }
        return DoctorStep.passed(NAME, "Logged in" + user(run) + " with " + mechanism + ".");
    }

    private static String user(DoctorRun run) {
        Matcher m = USER.matcher(run.access().clientProperties().getOrDefault("sasl.jaas.config", ""));
        return m.find() ? " as " + m.group(1) : "";
    }
}
