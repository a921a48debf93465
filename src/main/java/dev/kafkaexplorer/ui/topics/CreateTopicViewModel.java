package dev.kafkaexplorer.ui.topics;

import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.NewTopicRequest;
import dev.kafkaexplorer.kafka.TopicConfigRules;
import dev.kafkaexplorer.kafka.TopicNameRules;
import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.ui.common.ChangeGuard;
import dev.kafkaexplorer.ui.common.NumberInput;
import dev.kafkaexplorer.ui.common.NumberRule;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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

/** State and the create command of the create-topic dialog; every field is checked as typed. */
public final class CreateTopicViewModel {

    /** The cleanup policies offered; the first leaves the broker's default in place. */
    public static final List<String> CLEANUP_POLICIES = List.of(
            TopicConfigRules.BROKER_DEFAULT, "delete", "compact", "compact,delete");
    /** Far above what one topic needs; a typo with a zero too many is refused rather than sent. */
    static final int MAX_PARTITIONS = 10_000;

    private final UiRuntime runtime;
    private final Set<String> existingNames;
    private final int brokerCount;
    private final Function<NewTopicRequest, CompletableFuture<TopicSummary>> creator;
    private final Consumer<TopicSummary> onCreated;

    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nameWarning = new ReadOnlyStringWrapper("");
    private final NumberInput partitions = new NumberInput(
            NumberRule.wholeNumber("Partitions").atLeast(1).atMost(MAX_PARTITIONS), "1");
    private final NumberInput replicationFactor;
    private final ObjectProperty<String> cleanupPolicy = new SimpleObjectProperty<>(TopicConfigRules.BROKER_DEFAULT);
    private final StringProperty retentionMs = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper retentionMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper retentionValid = new ReadOnlyBooleanWrapper(true);
    private final StringProperty extraConfigs = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper extraConfigsMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper extraConfigsValid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper createError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper created = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canCreate;
    private final ChangeGuard changes;

    public CreateTopicViewModel(UiRuntime runtime, Set<String> existingNames, int brokerCount,
                                Function<NewTopicRequest, CompletableFuture<TopicSummary>> creator,
                                Consumer<TopicSummary> onCreated) {
        this(runtime, existingNames, brokerCount, creator, onCreated, ChangeGuard.none());
    }

    /** With {@code changes} saying whether the cluster may be changed: Create stays off while it may not. */
    public CreateTopicViewModel(UiRuntime runtime, Set<String> existingNames, int brokerCount,
                                Function<NewTopicRequest, CompletableFuture<TopicSummary>> creator,
                                Consumer<TopicSummary> onCreated, ChangeGuard changes) {
        this.runtime = runtime;
        this.changes = changes;
        this.existingNames = Set.copyOf(existingNames);
        this.brokerCount = Math.max(1, brokerCount);
        this.creator = creator;
        this.onCreated = onCreated;
        // Three copies is Kafka's usual production choice; a smaller cluster gets what it can hold.
        this.replicationFactor = new NumberInput(NumberRule.wholeNumber("Replication factor").atLeast(1)
                .atMost(this.brokerCount, this.brokerCount == 1 ? "this cluster has 1 broker"
                        : "the number of brokers in this cluster"),
                String.valueOf(Math.min(3, this.brokerCount)));
        name.addListener((obs, old, text) -> checkName());
        retentionMs.addListener((obs, old, text) -> checkRetention());
        extraConfigs.addListener((obs, old, text) -> checkExtraConfigs());
        cleanupPolicy.addListener((obs, old, text) -> checkExtraConfigs());
        checkName();
        canCreate = Bindings.createBooleanBinding(
                () -> nameError.get().isEmpty() && retentionValid.get() && extraConfigsValid.get()
                        && partitions.valid() && replicationFactor.valid()
                        && !creating.get() && !created.get() && changes.allowsChanges(),
                nameError, retentionValid, extraConfigsValid, partitions.checkProperty(),
                replicationFactor.checkProperty(), creating, created, changes.allowsChangesProperty());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameWarningProperty() {
        return nameWarning.getReadOnlyProperty();
    }

    /** The partition count as typed, 1 to {@value #MAX_PARTITIONS}. */
    public NumberInput partitions() {
        return partitions;
    }

    /** The replication factor as typed, 1 to the number of brokers. */
    public NumberInput replicationFactor() {
        return replicationFactor;
    }

    public int maxReplicationFactor() {
        return brokerCount;
    }

    public ObjectProperty<String> cleanupPolicyProperty() {
        return cleanupPolicy;
    }

    public StringProperty retentionMsProperty() {
        return retentionMs;
    }

    public ReadOnlyStringProperty retentionMessageProperty() {
        return retentionMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty retentionValidProperty() {
        return retentionValid.getReadOnlyProperty();
    }

    public StringProperty extraConfigsProperty() {
        return extraConfigs;
    }

    public ReadOnlyStringProperty extraConfigsMessageProperty() {
        return extraConfigsMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty extraConfigsValidProperty() {
        return extraConfigsValid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty createErrorProperty() {
        return createError.getReadOnlyProperty();
    }

    /** Becomes true once the topic exists; the dialog closes on it. */
    public ReadOnlyBooleanProperty createdProperty() {
        return created.getReadOnlyProperty();
    }

    /** Whether the cluster may be changed now, and why not. */
    public ChangeGuard changeGuard() {
        return changes;
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    private void checkName() {
        TopicNameRules.Verdict verdict = TopicNameRules.check(name.get(), existingNames);
        nameError.set(verdict.error().orElse(""));
        nameWarning.set(verdict.warning().orElse(""));
        createError.set("");
    }

    private void checkRetention() {
        TopicConfigRules.Check check = TopicConfigRules.checkRetentionMs(retentionMs.get());
        retentionValid.set(check.valid());
        retentionMessage.set(check.message());
    }

    private void checkExtraConfigs() {
        TopicConfigRules.Check check = TopicConfigRules.checkExtraConfigs(extraConfigs.get(), fixedConfigKeys());
        extraConfigsValid.set(check.valid());
        extraConfigsMessage.set(check.message());
    }

    private Set<String> fixedConfigKeys() {
        Set<String> keys = new java.util.HashSet<>();
        if (!TopicConfigRules.BROKER_DEFAULT.equals(cleanupPolicy.get())) {
            keys.add("cleanup.policy");
        }
        if (!retentionMs.get().isBlank()) {
            keys.add("retention.ms");
        }
        return keys;
    }

    /** The request as the fields stand now: an immutable copy handed to the admin client. */
    NewTopicRequest request() {
        Map<String, String> configs = new LinkedHashMap<>();
        if (!TopicConfigRules.BROKER_DEFAULT.equals(cleanupPolicy.get())) {
            configs.put("cleanup.policy", cleanupPolicy.get());
        }
        if (!retentionMs.get().isBlank()) {
            configs.put("retention.ms", retentionMs.get().trim());
        }
        configs.putAll(TopicConfigRules.parseExtraConfigs(extraConfigs.get()));
        return new NewTopicRequest(name.get(), partitions.check().intValue(),
                (short) replicationFactor.check().intValue(), configs);
    }

    /** Creates the topic; a refusal stays in the dialog as {@link #createErrorProperty()}. */
    public CompletableFuture<TopicSummary> create() {
        if (!changes.allowsChanges()) {
            return changes.refusal();
        }
        if (!canCreate.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("The input is not valid"));
        }
        NewTopicRequest request = request();
        creating.set(true);
        createError.set("");
        return runtime.whenDone(creator.apply(request), topic -> {
            creating.set(false);
            created.set(true);
            onCreated.accept(topic);
        }, error -> {
            creating.set(false);
            createError.set(KafkaErrorText.forTopic(request.name(), error));
        });
    }
}
