package dev.kafkaexplorer.ui.topics;

import dev.kafkaexplorer.ui.common.ReadOnlyProfiles;
import static dev.kafkaexplorer.ui.topics.PendingTopicDetails.last;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.ClusterInfo;
import dev.kafkaexplorer.kafka.KafkaFailure;
import dev.kafkaexplorer.kafka.topic.ConfigOrigin;
import dev.kafkaexplorer.kafka.topic.TopicConfigValue;
import dev.kafkaexplorer.ui.common.ManualTicks;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.errors.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

/** The Configs part of the topic details without the toolkit or a broker: the table, its filter, editing, saving and resetting. */
class TopicConfigsViewModelTest {

    private static final Connection CLUSTER = new Connection(null, new ClusterInfo("c1", List.of(), 1), false);

    private final PendingTopicDetails details = new PendingTopicDetails();
    private final TopicConfigsViewModel model = new TopicConfigsViewModel(new ManualTicks().runtime(), connection -> details);

    private static TopicConfigValue config(String name, String value, ConfigOrigin origin, String type) {
        return new TopicConfigValue(name, value, origin, false, false, type, "What " + name + " does.");
    }

    private static List<TopicConfigValue> ordersConfigs(String retentionMs, ConfigOrigin retentionOrigin) {
        return List.of(
                config("cleanup.policy", "delete", ConfigOrigin.DEFAULT, "LIST"),
                new TopicConfigValue("message.format.version", "3.0-IV1", ConfigOrigin.DEFAULT, false, true, "STRING", ""),
                config("retention.ms", retentionMs, retentionOrigin, "LONG"),
                new TopicConfigValue("sasl.secret", null, ConfigOrigin.TOPIC, true, false, "PASSWORD", ""),
                config("segment.bytes", "1073741824", ConfigOrigin.BROKER_STATIC, "INT"));
    }

    /** Connected with "orders" selected and its configs read: retention.ms is the topic's own, 7 days. */
    private void showOrders() {
        model.connectionProperty().set(CLUSTER);
        model.topicProperty().set("orders");
        last(details.configReads).complete(ordersConfigs("604800000", ConfigOrigin.TOPIC));
    }

    private void select(String name) {
        model.selectedProperty().set(model.visibleConfigs().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow());
    }

    private List<String> visibleNames() {
        return model.visibleConfigs().stream().map(TopicConfigValue::name).toList();
    }

    private TopicConfigValue shown(String name) {
        return model.visibleConfigs().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void selectingATopicReadsEveryConfig() {
        model.connectionProperty().set(CLUSTER);
        assertThat(details.calls).isEmpty();

        model.topicProperty().set("orders");
        assertThat(details.calls).containsExactly("configs orders");
        last(details.configReads).complete(ordersConfigs("604800000", ConfigOrigin.TOPIC));

        assertThat(visibleNames()).containsExactly("cleanup.policy", "message.format.version", "retention.ms",
                "sasl.secret", "segment.bytes");
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.canSaveProperty().get()).isFalse();
        assertThat(model.canResetProperty().get()).isFalse();
    }

    @Test
    void theFilterNarrowsByNameAndToTheTopicsOwnValues() {
        showOrders();

        model.filterTextProperty().set("  SEGMENT ");
        assertThat(visibleNames()).containsExactly("segment.bytes");

        model.filterTextProperty().set("");
        model.onlyOverriddenProperty().set(true);
        assertThat(visibleNames()).containsExactly("retention.ms", "sasl.secret");

        model.filterTextProperty().set("retention");
        assertThat(visibleNames()).containsExactly("retention.ms");
    }

    @Test
    void selectingAConfigPutsItsValueInTheEditorAndNothingIsSavedUnchanged() {
        showOrders();

        select("retention.ms");

        assertThat(model.editTextProperty().get()).isEqualTo("604800000");
        assertThat(model.hintProperty().get()).isEqualTo("= 7 days");
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.canSaveProperty().get()).isFalse();
        assertThat(model.canResetProperty().get()).isTrue();

        select("segment.bytes");
        assertThat(model.canResetProperty().get()).isFalse();
    }

    @Test
    void theTypedValueIsCheckedByTheConfigsType() {
        showOrders();
        select("retention.ms");

        model.editTextProperty().set("an hour");
        assertThat(model.errorProperty().get()).isEqualTo("A whole number of milliseconds, or -1 for no limit");
        assertThat(model.hintProperty().get()).isEmpty();
        assertThat(model.canSaveProperty().get()).isFalse();

        model.editTextProperty().set("3600000");
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.hintProperty().get()).isEqualTo("= 1 h");
        assertThat(model.canSaveProperty().get()).isTrue();

        model.editTextProperty().set("-1");
        assertThat(model.hintProperty().get()).isEqualTo("= no limit");

        model.editTextProperty().set("  ");
        assertThat(model.errorProperty().get()).startsWith("Type a value, or use “Reset to default”");
        assertThat(model.canSaveProperty().get()).isFalse();
    }

    @Test
    void aReadOnlyConfigCannotBeChangedAndSaysSo() {
        showOrders();
        select("message.format.version");

        model.editTextProperty().set("3.5");

        assertThat(model.errorProperty().get()).isEqualTo("'message.format.version' cannot be changed on a topic");
        assertThat(model.canSaveProperty().get()).isFalse();
    }

    @Test
    void savingSetsTheValueAndShowsTheConfigsAsReadBack() {
        showOrders();
        select("retention.ms");
        model.editTextProperty().set(" 3600000 ");

        CompletableFuture<Void> done = model.save();

        assertThat(details.calls).last().isEqualTo("setConfig orders retention.ms 3600000");
        assertThat(model.statusProperty().get()).isEqualTo("Saving retention.ms…");
        assertThat(model.canSaveProperty().get()).isFalse();
        assertThat(model.canResetProperty().get()).isFalse();

        last(details.configChanges).complete(ordersConfigs("3600000", ConfigOrigin.TOPIC));

        assertThat(done).isDone();
        assertThat(model.statusProperty().get()).isEqualTo("Saved retention.ms = 3600000.");
        assertThat(shown("retention.ms").shownValue()).isEqualTo("3600000");
        assertThat(model.selectedProperty().get().value()).isEqualTo("3600000");
        assertThat(model.editTextProperty().get()).isEqualTo("3600000");
        assertThat(model.canSaveProperty().get()).isFalse();
        assertThat(model.canResetProperty().get()).isTrue();
    }

    @Test
    void aSensitiveValueIsNeverShownNotEvenInTheStatus() {
        showOrders();
        select("sasl.secret");
        assertThat(shown("sasl.secret").shownValue()).isEqualTo("••••••");
        assertThat(model.editTextProperty().get()).isEmpty();
        assertThat(model.canSaveProperty().get()).isFalse();

        model.editTextProperty().set("hunter2");
        model.save();
        last(details.configChanges).complete(ordersConfigs("604800000", ConfigOrigin.TOPIC));

        assertThat(details.calls).last().isEqualTo("setConfig orders sasl.secret hunter2");
        assertThat(model.statusProperty().get()).isEqualTo("Saved sasl.secret = ••••••.");
    }

    @Test
    void aRefusedSaveSaysWhyInWordsUntilTheValueIsTypedAgain() {
        showOrders();
        select("retention.ms");
        model.editTextProperty().set("3600000");
        model.save();

        last(details.configChanges).completeExceptionally(new InvalidConfigurationException("retention.ms is below the minimum"));

        assertThat(model.errorProperty().get())
                .isEqualTo("Not saved: Refused by the cluster. Broker said: retention.ms is below the minimum");
        assertThat(model.statusProperty().get()).isEmpty();
        assertThat(model.canSaveProperty().get()).isFalse();

        model.editTextProperty().set("7200000");

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.canSaveProperty().get()).isTrue();
    }

    @Test
    void resettingDropsTheTopicsOwnValue() {
        showOrders();
        select("retention.ms");

        model.reset();

        assertThat(details.calls).last().isEqualTo("resetConfig orders retention.ms");
        assertThat(model.statusProperty().get()).isEqualTo("Saving retention.ms…");
        last(details.configChanges).complete(ordersConfigs("604800000", ConfigOrigin.DEFAULT));

        assertThat(model.statusProperty().get()).isEqualTo("Reset retention.ms to its default.");
        assertThat(shown("retention.ms").overridden()).isFalse();
        assertThat(model.canResetProperty().get()).isFalse();
    }

    @Test
    void resetDoesNothingForAnInheritedValue() {
        showOrders();
        select("segment.bytes");

        assertThat(model.reset()).isDone();
        assertThat(details.calls).containsExactly("configs orders");
    }

    @Test
    void whenNothingCouldBeReadBackTheConfigsAreReadAgain() {
        showOrders();
        select("retention.ms");
        model.editTextProperty().set("3600000");
        model.save();

        last(details.configChanges).complete(null);

        assertThat(model.statusProperty().get()).isEqualTo("Saved retention.ms = 3600000.");
        assertThat(details.calls).last().isEqualTo("configs orders");
        last(details.configReads).complete(ordersConfigs("3600000", ConfigOrigin.TOPIC));
        assertThat(shown("retention.ms").value()).isEqualTo("3600000");
    }

    @Test
    void aLoadFromBeforeASaveDoesNotOverwriteWhatTheSaveReadBack() {
        showOrders();
        select("retention.ms");
        model.reload();
        CompletableFuture<List<TopicConfigValue>> loadBefore = last(details.configReads);
        model.editTextProperty().set("3600000");
        model.save();

        last(details.configChanges).complete(ordersConfigs("3600000", ConfigOrigin.TOPIC));
        loadBefore.complete(ordersConfigs("604800000", ConfigOrigin.TOPIC));

        assertThat(shown("retention.ms").value()).isEqualTo("3600000");
    }

    @Test
    void aLoadStartedDuringASaveWinsOverItsReadBack() {
        showOrders();
        select("retention.ms");
        model.editTextProperty().set("3600000");
        model.save();
        model.reload();

        last(details.configReads).complete(ordersConfigs("7200000", ConfigOrigin.TOPIC));
        last(details.configChanges).complete(ordersConfigs("3600000", ConfigOrigin.TOPIC));

        assertThat(shown("retention.ms").value()).isEqualTo("7200000");
        assertThat(model.statusProperty().get()).isEqualTo("Saved retention.ms = 3600000.");
    }

    @Test
    void aFailedReadSaysWhyInWords() {
        model.connectionProperty().set(CLUSTER);
        model.topicProperty().set("orders");

        last(details.configReads).completeExceptionally(new KafkaFailure("Topic 'orders' does not exist (any more).", null));

        assertThat(model.statusProperty().get()).isEqualTo("Could not read the configs: Topic 'orders' does not exist (any more).");
        assertThat(model.visibleConfigs()).isEmpty();
    }

    @Test
    void theAnswerForATopicLeftBehindIsDropped() {
        model.connectionProperty().set(CLUSTER);
        model.topicProperty().set("orders");
        CompletableFuture<List<TopicConfigValue>> ordersAnswer = last(details.configReads);
        model.topicProperty().set("payments");

        last(details.configReads).complete(List.of(config("retention.ms", "1000", ConfigOrigin.TOPIC, "LONG")));
        ordersAnswer.complete(ordersConfigs("604800000", ConfigOrigin.TOPIC));

        assertThat(visibleNames()).containsExactly("retention.ms");
        assertThat(shown("retention.ms").value()).isEqualTo("1000");
    }

    @Test
    void anotherTopicClearsTheSelectionAndTheStatus() {
        showOrders();
        select("retention.ms");
        model.editTextProperty().set("3600000");
        model.save();
        last(details.configChanges).complete(ordersConfigs("3600000", ConfigOrigin.TOPIC));

        model.topicProperty().set("payments");

        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.statusProperty().get()).isEmpty();
        assertThat(model.editTextProperty().get()).isEmpty();
        assertThat(model.visibleConfigs()).isEmpty();
    }

    @Test
    void onAReadOnlyProfileNothingCanBeSavedOrResetAndAnEnterSaysWhy() {
        model.connectionProperty().set(ReadOnlyProfiles.connection(ReadOnlyProfiles.PRODUCTION));
        model.topicProperty().set("orders");
        last(details.configReads).complete(ordersConfigs("604800000", ConfigOrigin.TOPIC));
        select("retention.ms");
        model.editTextProperty().set("3600000");

        assertThat(model.errorProperty().get()).as("the value itself is fine").isEmpty();
        assertThat(model.canSaveProperty().get()).isFalse();
        assertThat(model.canResetProperty().get()).isFalse();
        model.save();
        model.reset();

        assertThat(details.calls).containsExactly("configs orders");
        assertThat(model.statusProperty().get()).isEqualTo(ReadOnlyProfiles.REASON);
        assertThat(model.changeGuard().reason()).isEqualTo(ReadOnlyProfiles.REASON);
    }
}
