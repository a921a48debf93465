package dev.kafkaexplorer.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.groups.OffsetResetRequest;
import dev.kafkaexplorer.kafka.groups.ResetPlanRow;
import dev.kafkaexplorer.kafka.groups.ResetStrategy;
import dev.kafkaexplorer.ui.common.ManualTicks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The reset-offsets dialog without the toolkit: the value checked as typed, a preview asked for
 * once typing pauses, only the latest preview shown, and the reset's outcome in words.
 */
class ResetOffsetsViewModelTest {

    private static final String GROUP = "billing";
    private static final List<ResetPlanRow> TO_EARLIEST = List.of(
            new ResetPlanRow("orders", 0, 4, 0, ""), new ResetPlanRow("orders", 1, 10, 0, ""));
    private static final List<ResetPlanRow> TO_LATEST = List.of(
            new ResetPlanRow("orders", 0, 4, 10, ""), new ResetPlanRow("orders", 1, 10, 10, ""));

    private final ManualTicks ticks = new ManualTicks();
    private final List<OffsetResetRequest> planned = new ArrayList<>();
    private final List<CompletableFuture<List<ResetPlanRow>>> plans = new ArrayList<>();
    private final List<List<ResetPlanRow>> applied = new ArrayList<>();
    private final CompletableFuture<Void> applying = new CompletableFuture<>();
    private final List<String> doneMessages = new ArrayList<>();

    private ResetOffsetsViewModel dialog() {
        return new ResetOffsetsViewModel(ticks.runtime(), GROUP, List.of("orders"), request -> {
            planned.add(request);
            CompletableFuture<List<ResetPlanRow>> plan = new CompletableFuture<>();
            plans.add(plan);
            return plan;
        }, (group, rows) -> {
            applied.add(rows);
            return applying;
        }, doneMessages::add);
    }

    @Test
    void theFirstPreviewIsAskedAtOnceAndConfirmIsOnOnceItIsIn() {
        ResetOffsetsViewModel model = dialog();

        assertThat(model.topicChoices()).containsExactly(ResetOffsetsViewModel.ALL_TOPICS, "orders");
        assertThat(planned).containsExactly(new OffsetResetRequest(GROUP, Optional.empty(), ResetStrategy.EARLIEST, 0));
        assertThat(model.canConfirmProperty().get()).as("no preview yet").isFalse();

        plans.get(0).complete(TO_EARLIEST);

        assertThat(model.preview()).containsExactlyElementsOf(TO_EARLIEST);
        assertThat(model.canConfirmProperty().get()).isTrue();
        assertThat(model.confirmationText()).isEqualTo(
                "Set the committed offsets of group “billing” on 2 partitions (2 of them change) to earliest?");
    }

    @Test
    void aBadValueIsExplainedAsTypedAndAsksForNoPreview() {
        ResetOffsetsViewModel model = dialog();
        plans.get(0).complete(TO_EARLIEST);

        model.strategyProperty().set(ResetStrategy.OFFSET);
        assertThat(model.valueErrorProperty().get()).as("nothing typed yet: no scolding").isEmpty();
        assertThat(model.valueHintProperty().get()).startsWith("The same offset on every partition");
        assertThat(model.preview()).isEmpty();
        assertThat(model.canConfirmProperty().get()).isFalse();

        model.valueTextProperty().set("abc");
        ticks.advance(Duration.ofSeconds(1));

        assertThat(model.valueErrorProperty().get()).isEqualTo("Offset: “abc” is not a whole number");
        assertThat(planned).hasSize(1);
        assertThat(model.canConfirmProperty().get()).isFalse();
        model.valueTextProperty().set("-3");
        ticks.advance(Duration.ofSeconds(1));
        assertThat(model.valueErrorProperty().get()).isEqualTo("Offset: at least 0");
        model.valueTextProperty().set("99999999999999999999");
        ticks.advance(Duration.ofSeconds(1));
        assertThat(model.valueErrorProperty().get()).isEqualTo("Offset: too large a number");
        assertThat(model.valueTextProperty().get()).as("kept as typed").isEqualTo("99999999999999999999");
        assertThat(planned).hasSize(1);
        assertThat(model.canConfirmProperty().get()).isFalse();
    }

    @Test
    void aTypedValueIsPreviewedOnceTypingPauses() {
        ResetOffsetsViewModel model = dialog();
        model.strategyProperty().set(ResetStrategy.OFFSET);
        planned.clear();

        model.valueTextProperty().set("2");
        ticks.advance(Duration.ofMillis(200));
        model.valueTextProperty().set("25");
        ticks.advance(Duration.ofMillis(200));
        assertThat(planned).as("still typing").isEmpty();
        assertThat(ticks.anyTimerStarted()).isTrue();

        ticks.advance(Duration.ofMillis(100));

        assertThat(planned).containsExactly(new OffsetResetRequest(GROUP, Optional.empty(), ResetStrategy.OFFSET, 25));
        plans.get(plans.size() - 1).complete(TO_LATEST);
        assertThat(model.preview()).containsExactlyElementsOf(TO_LATEST);
        assertThat(model.canConfirmProperty().get()).isTrue();
    }

    @Test
    void aSlowAnswerToAnOlderChoiceIsDropped() {
        ResetOffsetsViewModel model = dialog();
        model.strategyProperty().set(ResetStrategy.LATEST);
        model.topicProperty().set("orders");
        assertThat(planned).extracting(OffsetResetRequest::strategy, OffsetResetRequest::topic).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ResetStrategy.EARLIEST, Optional.empty()),
                org.assertj.core.groups.Tuple.tuple(ResetStrategy.LATEST, Optional.empty()),
                org.assertj.core.groups.Tuple.tuple(ResetStrategy.LATEST, Optional.of("orders")));

        plans.get(2).complete(TO_LATEST);
        plans.get(0).complete(TO_EARLIEST);
        plans.get(1).completeExceptionally(new TimeoutException("late"));

        assertThat(model.preview()).containsExactlyElementsOf(TO_LATEST);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.canConfirmProperty().get()).isTrue();
    }

    @Test
    void aPreviewTheClusterCannotMakeSaysWhy() {
        ResetOffsetsViewModel model = dialog();

        plans.get(0).completeExceptionally(new TimeoutException("Timed out waiting for a node assignment."));

        assertThat(model.errorProperty().get()).startsWith("No preview: ")
                .endsWith("Broker said: Timed out waiting for a node assignment.");
        assertThat(model.preview()).isEmpty();
        assertThat(model.canConfirmProperty().get()).isFalse();
    }

    @Test
    void applyCommitsThePreviewedRowsThenTheDialogIsDone() {
        ResetOffsetsViewModel model = dialog();
        plans.get(0).complete(TO_EARLIEST);

        model.apply();

        assertThat(applied).containsExactly(TO_EARLIEST);
        assertThat(model.busyProperty().get()).isTrue();
        assertThat(model.canConfirmProperty().get()).isFalse();

        applying.complete(null);

        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.doneProperty().get()).isTrue();
        assertThat(doneMessages).containsExactly("Reset the offsets of “billing” on 2 partitions.");
    }

    @Test
    void aRefusedResetStaysInTheDialogInWords() {
        ResetOffsetsViewModel model = dialog();
        plans.get(0).complete(TO_EARLIEST);

        model.apply();
        applying.completeExceptionally(new GroupNotEmptyException("The group is not empty."));

        assertThat(model.errorProperty().get()).isEqualTo("Not reset: Group 'billing' still has active members: "
                + "stop its consumers first. Broker said: The group is not empty.");
        assertThat(model.doneProperty().get()).isFalse();
        assertThat(model.canConfirmProperty().get()).as("the user may try again").isTrue();
        assertThat(doneMessages).isEmpty();
    }
}
