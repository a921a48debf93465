package dev.kafkaexplorer.ui.send;

import static dev.kafkaexplorer.ui.common.ByteSizes.exactly;
import static dev.kafkaexplorer.ui.common.ByteSizes.grouped;
import static dev.kafkaexplorer.ui.common.ByteSizes.shortly;

/**
 * Whether a record fits the two limits it meets — the producer's {@code max.request.size} and the
 * topic's {@code max.message.bytes} — said in words before anything is sent.
 */
public final class SizeRules {

    /**
     * The outcome: {@code sendable} when the record may go as things stand; {@code raiseTo} above 0
     * when raising the dialog's {@code max.request.size} to it would let the record through.
     */
    public record Verdict(boolean sendable, int raiseTo, String message) {

        static final Verdict FITS = new Verdict(true, 0, "");
    }

    /** What is known of the topic's limit: still asked (null, null), known, or not readable (with why). */
    record TopicLimit(Integer maxMessageBytes, String unknownBecause) {

        static final TopicLimit ASKING = new TopicLimit(null, null);

        static TopicLimit known(int bytes) {
            return new TopicLimit(bytes, null);
        }

        static TopicLimit unknown(String why) {
            return new TopicLimit(null, why);
        }

        boolean asking() {
            return maxMessageBytes == null && unknownBecause == null;
        }
    }

    private SizeRules() {
    }

    private static String limit(long bytes, String setting) {
        return shortly(bytes) + " (" + grouped(bytes) + " bytes, " + setting + ")";
    }

    /**
     * @param recordBytes    the record as a batch (see {@code RecordSizes.batchBytes})
     * @param maxRequestSize the producer's limit as configured
     * @param raised         whether the user chose to raise it for this dialog
     */
    static Verdict check(String topic, int recordBytes, int maxRequestSize, TopicLimit limit, boolean raised) {
        String size = "The record (value, key, headers and batch overhead) is " + exactly(recordBytes);
        if (limit.asking()) {
            return new Verdict(false, 0, recordBytes > maxRequestSize ? "Checking what topic '" + topic + "' takes…" : "");
        }
        Integer topicMax = limit.maxMessageBytes();
        if (topicMax != null && recordBytes > topicMax) {
            return new Verdict(false, 0, size + "; topic '" + topic + "' takes at most " + limit(topicMax, "its max.message.bytes")
                    + ": " + shortly(recordBytes - (long) topicMax) + " over the limit. The broker would "
                    + "refuse it, so it is not sent: raise the topic's max.message.bytes, or send a smaller value.");
        }
        if (recordBytes <= maxRequestSize) {
            return Verdict.FITS;
        }
        String over = size + "; the producer sends at most " + limit(maxRequestSize, "max.request.size") + ": "
                + shortly(recordBytes - (long) maxRequestSize) + " over the limit. ";
        if (topicMax != null) {
            return new Verdict(raised, topicMax, over + "Topic '" + topic + "' takes up to " + limit(topicMax, "max.message.bytes")
                    + ", so raising max.request.size to that for this dialog lets it through.");
        }
        return new Verdict(raised, recordBytes, over + "The topic's max.message.bytes could not be read ("
                + limit.unknownBecause() + "): raising max.request.size sends it, but the broker may still refuse it.");
    }
}
