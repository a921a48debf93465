package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.doctor.DoctorStep;
import java.util.List;

/**
 * Finds out why a cluster cannot be reached, step by step; the app's is
 * {@code new ConnectionDoctor()::diagnose}, a test's answers at once. Blocking (bounded to
 * seconds): the view-model calls it on the workers.
 */
@FunctionalInterface
public interface ConnectionDiagnosis {

    List<DoctorStep> diagnose(ClusterAccess access);
}
