package dev.kafkaexplorer.kafka.doctor;

import dev.kafkaexplorer.kafka.ClusterAccess;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds out why a cluster cannot be reached, one step at a time: host names, TCP, whether the
 * listener speaks Kafka, TLS, SASL, the brokers' advertised addresses, authorization. Stops at
 * the first failure (the later steps are skipped) and says the likely fix in words. Blocking, but
 * every wait is bounded (a few seconds per step): run it on a worker, never on the FX thread.
 */
public final class ConnectionDoctor {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionDoctor.class);

    private final List<DoctorCheck> checks = List.of(new NameCheck(), new TcpCheck(), new ProtocolCheck(),
            new TlsCheck(), new SaslCheck(), new AdvertisedCheck(), new AuthorizationCheck());

    /** Runs the steps in order against {@code access}; one {@link DoctorStep} per step, always all of them. */
    public List<DoctorStep> diagnose(ClusterAccess access) {
        List<DoctorStep> steps = new ArrayList<>();
        DoctorRun run;
        try {
            run = new DoctorRun(access);
        } catch (IllegalArgumentException e) {
            steps.add(DoctorStep.failed(checks.get(0).name(), "The bootstrap servers cannot be read: "
                    + e.getMessage() + "."));
            skipRest(steps);
            return steps;
        }
        try (run) {
            for (DoctorCheck check : checks) {
                if (!steps.isEmpty() && steps.get(steps.size() - 1).failed()) {
                    skipRest(steps);
                    break;
                }
                steps.add(runSafely(check, run));
            }
        }
        LOG.info("Connection doctor for {}: {}", access, steps);
        return steps;
    }

    private static DoctorStep runSafely(DoctorCheck check, DoctorRun run) {
        try {
            return check.run(run);
        } catch (RuntimeException e) {
            // A step that breaks must not hide the others' findings: its failure is its result.
            LOG.warn("Connection doctor step '{}' failed unexpectedly", check.name(), e);
            return DoctorStep.failed(check.name(), "The check itself failed: " + e + ".");
        }
    }

    private void skipRest(List<DoctorStep> steps) {
        for (int i = steps.size(); i < checks.size(); i++) {
            steps.add(DoctorStep.skipped(checks.get(i).name(), "not checked, as an earlier step failed."));
        }
    }
}
