package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.doctor.DoctorStep;
import dev.kafkaexplorer.ui.common.Command;
import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connection doctor under the connection bar: offered after a failed connect (and run once
 * by itself then), its steps in a list the user can close. Lives on the FX thread; the doctor
 * runs on the workers, and an answer that comes after the panel was closed or a new connect
 * began is dropped.
 */
public final class DoctorViewModel {

    private final ConnectionDiagnosis diagnosis;
    private final LatestRequest run;

    private final ReadOnlyObjectWrapper<ClusterAccess> target = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DoctorStep> steps = FXCollections.observableArrayList();
    private final ObservableList<DoctorStep> readOnlySteps = FXCollections.unmodifiableObservableList(steps);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final Command diagnoseCommand;
    private final Command closeCommand;

    public DoctorViewModel(UiRuntime runtime, ConnectionDiagnosis diagnosis) {
        this.diagnosis = diagnosis;
        this.run = runtime.latestRequest();
        diagnoseCommand = new Command(target.isNotNull().and(running.not()), this::diagnose);
        closeCommand = new Command(shown, this::close);
    }

    /** The steps of the last run, in order: "step: passed — words" as text. */
    public ObservableList<DoctorStep> steps() {
        return readOnlySteps;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Whether the panel is open. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** One line over the steps: what is checked and how it ended. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Runs the doctor on the cluster the last connect failed to reach; executable while there is one and none runs. */
    public Command diagnoseCommand() {
        return diagnoseCommand;
    }

    /** Closes the panel; a run under way is dropped. */
    public Command closeCommand() {
        return closeCommand;
    }

    /** After a failed connect (or on a profile's Test connection): the doctor is offered for {@code access} and runs once by itself. */
    public void offer(ClusterAccess access) {
        target.set(access);
        diagnose();
    }

    /** A new connect starts: the old findings no longer apply. */
    public void withdraw() {
        target.set(null);
        close();
        steps.clear();
    }

    private void diagnose() {
        ClusterAccess access = target.get();
        if (access == null) {
            return;
        }
        shown.set(true);
        running.set(true);
        steps.clear();
        summary.set("Checking " + access.bootstrapServers() + " step by step…");
        run.runOnWorker(() -> diagnosis.diagnose(access), found -> {
            running.set(false);
            steps.setAll(found);
            summary.set(summarise(access, found));
        }, error -> {
            running.set(false);
            summary.set("The connection doctor could not finish: " + KafkaErrorText.general(error));
        });
    }

    private void close() {
        run.cancel();
        running.set(false);
        shown.set(false);
    }

    private static String summarise(ClusterAccess access, List<DoctorStep> found) {
        Optional<DoctorStep> failed = found.stream().filter(DoctorStep::failed).findFirst();
        return failed.map(step -> "Connection doctor: " + access.bootstrapServers() + " fails at \"" + step.name() + "\".")
                .orElse("Connection doctor: every step to " + access.bootstrapServers() + " passed.");
    }
}
