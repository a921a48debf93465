/**
 * The live view's reading: a {@link dev.kafkaexplorer.kafka.consume.LiveConsumer} per view, on its
 * own thread, turning each poll into immutable {@link dev.kafkaexplorer.kafka.consume.RecordRow}s
 * handed over in one batch to a {@link dev.kafkaexplorer.kafka.consume.RowBatchQueue} that the UI
 * drains once per frame (DESIGN.md §3.3–3.5).
 *
 * <p>Decisions beyond the shared design:
 * <ul>
 *   <li>A topic deleted while it is read does not make {@code poll} throw (the client logs fetch
 *       errors and retries for ever), so every poll that returns nothing checks, from the client's
 *       metadata cache, that the topic still exists, and fails the view when it is gone.</li>
 *   <li>A group together with one chosen partition cannot subscribe: that partition is assigned and
 *       its offsets are committed under the group.</li>
 *   <li>Previews escape a carriage return like a newline and a tab (backslash and letter); other
 *       control characters as backslash, {@code u} and four hex digits.</li>
 *   <li>{@link dev.kafkaexplorer.kafka.consume.RecordFetcher} returns empty when the record is gone
 *       or did not arrive in time, and throws {@link dev.kafkaexplorer.kafka.KafkaFailure} (in
 *       words) when the cluster refuses.</li>
 * </ul>
 */
package dev.kafkaexplorer.kafka.consume;
