package dev.kafkaexplorer.ui.send;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.produce.OneRecord;
import dev.kafkaexplorer.kafka.produce.SentRecord;
import dev.kafkaexplorer.ui.common.BoundedTextArea;
import dev.kafkaexplorer.ui.common.ManualTicks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large values in the produce-one-message dialog without the toolkit: held instead of edited, and
 * checked against the producer's max.request.size and the topic's max.message.bytes before sending.
 */
class LargeValueViewModelTest {

    private static final int MIB = 1024 * 1024;

    @TempDir
    Path dir;

    private final List<OneRecord> sent = new ArrayList<>();
    private final List<Integer> maxRequestSizes = new ArrayList<>();
    private final Map<String, CompletableFuture<Integer>> topicLimits = new HashMap<>();

    private final SendChannel channel = new SendChannel() {
        @Override
        public CompletableFuture<SentRecord> send(OneRecord record, int maxRequestSize) {
            sent.add(record);
            maxRequestSizes.add(maxRequestSize);
            return new CompletableFuture<>();
        }

        @Override
        public int maxRequestSize() {
            return MIB;
        }

        @Override
        public CompletionStage<Integer> topicMaxMessageBytes(String topic) {
            return topicLimits.computeIfAbsent(topic, t -> new CompletableFuture<>());
        }

        @Override
        public void close() {
        }
    };

    private SendRecordViewModel dialog(String topic) {
        return new SendRecordViewModel(new ManualTicks().runtime(), Map.of("small", 1, "big", 1), topic, channel);
    }

    @Test
    void aPasteOverTheEditorsLimitIsHeldWholeAndTheEditorShowsASummary() {
        topicLimits.put("small", CompletableFuture.completedFuture(1_048_588));
        SendRecordViewModel model = dialog("small");
        String twentyMib = "a".repeat(20 * MIB);

        model.holdPasted(twentyMib);

        assertThat(model.heldValueProperty().get().bytes()).hasSize(20 * MIB);
        String editor = model.valueProperty().get();
        assertThat(editor.length()).isLessThan(BoundedTextArea.DEFAULT_LIMIT);
        assertThat(editor).startsWith("Pasted text — 20.0 MiB (20,971,520 bytes), sent whole.");
        assertThat(model.sizeProperty().get().message()).isEqualTo(
                "The record (value, key, headers and batch overhead) is 20.0 MiB (20,971,608 bytes); topic 'small' takes"
                        + " at most 1.0 MiB (1,048,588 bytes, its max.message.bytes): 19.0 MiB over the limit. The broker would"
                        + " refuse it, so it is not sent: raise the topic's max.message.bytes, or send a smaller value.");
        assertThat(model.sizeProperty().get().raiseTo()).as("no raise helps: the broker refuses it").isZero();
        assertThat(model.canSendProperty().get()).isFalse();

        model.clearHeldValue();
        assertThat(model.heldValueProperty().get()).isNull();
        assertThat(model.valueProperty().get()).isEmpty();
        assertThat(model.sizeProperty().get().message()).isEmpty();
        assertThat(model.canSendProperty().get()).isTrue();
    }

    @Test
    void aValueOverMaxRequestSizeButWithinTheTopicIsSentOnlyWhenTheUserRaisesIt() throws Exception {
        topicLimits.put("big", CompletableFuture.completedFuture(3 * MIB));
        SendRecordViewModel model = dialog("big");
        byte[] twoMib = new byte[2 * MIB];
        Arrays.fill(twoMib, (byte) 'x');
        Path file = Files.write(dir.resolve("payload.txt"), twoMib);

        model.loadValueFromFile(file);

        assertThat(model.valueProperty().get()).startsWith("payload.txt — 2.0 MiB (2,097,152 bytes), sent whole.");
        assertThat(model.sizeProperty().get().message())
                .startsWith("The record (value, key, headers and batch overhead) is 2.0 MiB (2,097,240 bytes)")
                .contains("the producer sends at most 1.0 MiB (1,048,576 bytes, max.request.size): 1.0 MiB over the limit.")
                .endsWith("Topic 'big' takes up to 3.0 MiB (3,145,728 bytes, max.message.bytes), so raising"
                        + " max.request.size to that for this dialog lets it through.");
        assertThat(model.sizeProperty().get().raiseTo()).isEqualTo(3 * MIB);
        assertThat(model.canSendProperty().get()).isFalse();

        model.raiseRequestSizeProperty().set(true);
        assertThat(model.canSendProperty().get()).isTrue();
        model.send();

        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).value()).isEqualTo(twoMib);
        assertThat(maxRequestSizes).containsExactly(3 * MIB);
    }

    @Test
    void sendWaitsForTheTopicsLimitAndSaysWhenItCannotBeRead() {
        SendRecordViewModel model = dialog("big");
        model.holdPasted("y".repeat(2 * MIB));

        assertThat(model.sizeProperty().get().message()).isEqualTo("Checking what topic 'big' takes…");
        assertThat(model.canSendProperty().get()).isFalse();

        topicLimits.get("big").completeExceptionally(new IllegalStateException("not authorized to describe configs"));

        assertThat(model.sizeProperty().get().message()).contains("max.request.size")
                .contains("The topic's max.message.bytes could not be read (")
                .endsWith("raising max.request.size sends it, but the broker may still refuse it.");
        assertThat(model.sizeProperty().get().raiseTo()).isEqualTo(2 * MIB + 88);
        model.raiseRequestSizeProperty().set(true);
        assertThat(model.canSendProperty().get()).isTrue();
    }

    @Test
    void typedTextOverASmallTopicLimitIsRefusedAsYouType() {
        topicLimits.put("small", CompletableFuture.completedFuture(2000));
        SendRecordViewModel model = dialog("small");

        model.valueProperty().set("z".repeat(1900));
        assertThat(model.canSendProperty().get()).isTrue();
        model.valueProperty().set("z".repeat(2100));

        assertThat(model.sizeProperty().get().message()).isEqualTo("The record (value, key, headers and batch overhead)"
                + " is 2.1 KiB (2,186 bytes); topic 'small' takes at most 2.0 KiB (2,000 bytes, its max.message.bytes):"
                + " 186 bytes over the limit. The broker would refuse it, so it is not sent: raise the topic's"
                + " max.message.bytes, or send a smaller value.");
        assertThat(model.canSendProperty().get()).isFalse();
        assertThat(model.heldValueProperty().get()).as("small enough to stay in the editor").isNull();
    }

    @Test
    void aHeldValueInJsonFormatIsCheckedWhole() {
        topicLimits.put("small", CompletableFuture.completedFuture(1_048_588));
        SendRecordViewModel model = dialog("small");
        model.valueFormatProperty().set(ValueFormat.JSON);

        model.holdPasted("{\"items\": [" + "1,".repeat(40_000) + "]}");
        assertThat(model.valueErrorProperty().get()).startsWith("Not valid JSON at line 1");
        assertThat(model.canSendProperty().get()).isFalse();

        model.holdPasted("{\"items\": [" + "1,".repeat(40_000) + "1]}");
        assertThat(model.valueErrorProperty().get()).isEmpty();
        assertThat(model.canSendProperty().get()).isTrue();
        model.send();
        assertThat(new String(sent.get(0).value(), StandardCharsets.UTF_8)).endsWith("1,1]}");
    }

    @Test
    void aFileThatCannotBeReadIsSaidInWords() {
        topicLimits.put("small", CompletableFuture.completedFuture(1_048_588));
        SendRecordViewModel model = dialog("small");

        model.loadValueFromFile(dir.resolve("missing.bin"));

        assertThat(model.valueErrorProperty().get()).isEqualTo("Not read: no file " + dir.resolve("missing.bin"));
        assertThat(model.heldValueProperty().get()).isNull();
        assertThat(model.canSendProperty().get()).isFalse();
    }

    @Test
    void aBinaryFileIsPreviewedAsHex() throws Exception {
        SendRecordViewModel model = dialog("small");
        byte[] bytes = new byte[300_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }

        model.loadValueFromFile(Files.write(dir.resolve("image.bin"), bytes));

        assertThat(model.valueProperty().get()).startsWith("image.bin — 293.0 KiB (300,000 bytes), sent whole.")
                .contains("00000000  00 01 02 03");
        assertThat(model.valueProperty().get().length()).isLessThan(10_000);
    }
}
