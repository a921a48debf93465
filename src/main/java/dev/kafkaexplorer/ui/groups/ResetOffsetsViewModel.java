package dev.kafkaexplorer.ui.groups;

import dev.kafkaexplorer.kafka.groups.GroupErrorText;
import dev.kafkaexplorer.kafka.groups.OffsetResetRequest;
import dev.kafkaexplorer.kafka.groups.ResetPlanRow;
import dev.kafkaexplorer.kafka.groups.ResetStrategy;
import dev.kafkaexplorer.kafka.groups.ResetValueRules;
import dev.kafkaexplorer.ui.common.ChangeGuard;
import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.common.NumberRule;
import dev.kafkaexplorer.ui.common.TickSource;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the reset-offsets dialog: scope, strategy and value checked as typed, a
 * preview of current → new offsets kept up to date, and the reset itself once confirmed.
 */
public final class ResetOffsetsViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ResetOffsetsViewModel.class);
    /** The topic choice meaning every topic the group has committed offsets for. */
    public static final String ALL_TOPICS = "All topics of the group";
    /** A preview costs four admin round trips: while the value is typed, ask only once typing pauses. */
    private static final Duration TYPING_PAUSE = Duration.ofMillis(300);
    private static final NumberRule OFFSET = NumberRule.wholeNumber("Offset").atLeast(0);

    private final UiRuntime runtime;
    private final String groupId;
    private final List<String> topicChoices;
    private final Function<OffsetResetRequest, CompletableFuture<List<ResetPlanRow>>> planner;
    private final BiFunction<String, List<ResetPlanRow>, CompletableFuture<Void>> applier;
    private final Consumer<String> onDone;
    private final ZoneId zone = ZoneId.systemDefault();

    private final ObjectProperty<String> topic = new SimpleObjectProperty<>(ALL_TOPICS);
    private final ObjectProperty<ResetStrategy> strategy = new SimpleObjectProperty<>(ResetStrategy.EARLIEST);
    private final StringProperty valueText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper valueError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper valueHint = new ReadOnlyStringWrapper("");
    private final ObservableList<ResetPlanRow> preview = FXCollections.observableArrayList();
    /** True while the preview shows what the fields ask for now. */
    private final ReadOnlyBooleanWrapper previewCurrent = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canConfirm;
    private final ChangeGuard changes;
    /** Only the preview for the fields as they stand now counts. */
    private final LatestRequest previews;
    private final TickSource.Ticker typingPause;
    /** What the preview asked for once typing pauses. */
    private OffsetResetRequest typedRequest;

    public ResetOffsetsViewModel(UiRuntime runtime, String groupId, List<String> groupTopics,
                                 Function<OffsetResetRequest, CompletableFuture<List<ResetPlanRow>>> planner,
                                 BiFunction<String, List<ResetPlanRow>, CompletableFuture<Void>> applier,
                                 Consumer<String> onDone) {
        this(runtime, groupId, groupTopics, planner, applier, onDone, ChangeGuard.none());
    }

    /** With {@code changes} saying whether the cluster may be changed: Reset stays off while it may not. */
    public ResetOffsetsViewModel(UiRuntime runtime, String groupId, List<String> groupTopics,
                                 Function<OffsetResetRequest, CompletableFuture<List<ResetPlanRow>>> planner,
                                 BiFunction<String, List<ResetPlanRow>, CompletableFuture<Void>> applier,
                                 Consumer<String> onDone, ChangeGuard changes) {
        this.runtime = runtime;
        this.changes = changes;
        this.previews = runtime.latestRequest();
        this.typingPause = runtime.ticks().after(TYPING_PAUSE, () -> plan(typedRequest));
        this.groupId = groupId;
        List<String> choices = new ArrayList<>();
        choices.add(ALL_TOPICS);
        choices.addAll(groupTopics);
        this.topicChoices = List.copyOf(choices);
        this.planner = planner;
        this.applier = applier;
        this.onDone = onDone;
        topic.addListener((obs, old, now) -> updatePreview(false));
        strategy.addListener((obs, old, now) -> updatePreview(false));
        valueText.addListener((obs, old, now) -> updatePreview(true));
        canConfirm = changes.and(Bindings.createBooleanBinding(
                () -> previewCurrent.get() && !preview.isEmpty() && !busy.get() && !done.get(),
                previewCurrent, preview, busy, done));
        updatePreview(false);
    }

    /** Whether the cluster may be changed now, and why not. */
    public ChangeGuard changeGuard() {
        return changes;
    }

    public String groupId() {
        return groupId;
    }

    public List<String> topicChoices() {
        return topicChoices;
    }

    private Optional<Long> checkValue() {
        ResetStrategy s = strategy.get();
        valueHint.set(switch (s) {
            case TIMESTAMP -> ResetValueRules.DATE_TIME_FORMAT + ", your time zone (" + zone.getId()
                    + "), or ISO with an offset (…Z). Each partition goes to its first record at or after it.";
            case OFFSET -> "The same offset on every partition; out of a partition's range, its nearest end is used.";
            default -> "";
        });
        if (!s.needsValue()) {
            valueError.set("");
            return Optional.of(0L);
        }
        String error;
        long value;
        if (s == ResetStrategy.TIMESTAMP) {
            ResetValueRules.Parsed parsed = ResetValueRules.timestamp(valueText.get(), zone);
            error = parsed.error();
            value = parsed.value();
        } else {
            NumberRule.Check check = OFFSET.check(valueText.get());
            error = check.error();
            value = check.valid() ? check.longValue() : -1;
        }
        // Nothing typed yet: the hint says what to type; an error would scold too early.
        valueError.set(valueText.get().isBlank() ? "" : error);
        return error.isEmpty() ? Optional.of(value) : Optional.empty();
    }

    /**
     * Asks for a fresh preview whenever the fields hold a complete request, after a pause in typing
     * when {@code typed}; older answers are dropped. The value is checked at once either way.
     */
    private void updatePreview(boolean typed) {
        previews.cancel();
        typingPause.stop();
        previewCurrent.set(false);
        error.set("");
        Optional<Long> value = checkValue();
        if (value.isEmpty()) {
            preview.clear();
            return;
        }
        Optional<String> scope = ALL_TOPICS.equals(topic.get()) || topic.get() == null ? Optional.empty() : Optional.of(topic.get());
        OffsetResetRequest request = new OffsetResetRequest(groupId, scope, strategy.get(), value.get());
        if (typed) {
            typedRequest = request;
            typingPause.start();
        } else {
            plan(request);
        }
    }

    private void plan(OffsetResetRequest request) {
        previews.run(() -> planner.apply(request), rows -> {
            preview.setAll(rows);
            previewCurrent.set(true);
        }, failure -> {
            preview.clear();
            error.set("No preview: " + GroupErrorText.forGroup(groupId, failure));
        });
    }

    /** Commits the previewed offsets; call only after the user confirmed. A refusal stays in the dialog. */
    public CompletableFuture<Void> apply() {
        if (changes.refuses(error::set)) {
            return changes.refusal();
        }
        if (!canConfirm.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("No current preview"));
        }
        List<ResetPlanRow> rows = List.copyOf(preview);
        busy.set(true);
        error.set("");
        return runtime.whenDone(applier.apply(groupId, rows), ignored -> {
            busy.set(false);
            done.set(true);
            LOG.info("Reset the offsets of group {} on {} partitions ({})", groupId, rows.size(), strategy.get());
            onDone.accept("Reset the offsets of “" + groupId + "” on " + rows.size()
                    + (rows.size() == 1 ? " partition." : " partitions."));
        }, failure -> {
            busy.set(false);
            error.set("Not reset: " + GroupErrorText.forGroup(groupId, failure));
            LOG.warn("Resetting the offsets of group {} refused: {}", groupId, error.get());
        });
    }

    /** What the confirmation asks, naming the group and how much changes. */
    public String confirmationText() {
        long changed = preview.stream().filter(r -> r.current() != r.target()).count();
        return "Set the committed offsets of group “" + groupId + "” on " + preview.size()
                + (preview.size() == 1 ? " partition" : " partitions") + " (" + changed + " of them change) to "
                + strategy.get().toString().toLowerCase(java.util.Locale.ROOT)
                + (strategy.get().needsValue() ? " " + valueText.get().trim() : "") + "?";
    }

    public ObjectProperty<String> topicProperty() {
        return topic;
    }

    public ObjectProperty<ResetStrategy> strategyProperty() {
        return strategy;
    }

    public StringProperty valueTextProperty() {
        return valueText;
    }

    public ReadOnlyStringProperty valueErrorProperty() {
        return valueError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty valueHintProperty() {
        return valueHint.getReadOnlyProperty();
    }

    public ObservableList<ResetPlanRow> preview() {
        return preview;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Becomes true once the offsets are reset; the dialog closes on it. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public BooleanBinding canConfirmProperty() {
        return canConfirm;
    }
}
