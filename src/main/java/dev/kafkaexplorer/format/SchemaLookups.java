package dev.kafkaexplorer.format;

import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.RegistryException;
import dev.kafkaexplorer.registry.SchemaRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * The schemas one live run has asked the registry for, by id: found (and, for Avro and Protobuf, parsed), not
 * found, or not answered. {@link #prepare} blocks on the registry (the consumer thread calls it);
 * {@link #get} never does. An id that is not in the registry is asked for once; a registry that did
 * not answer is asked again after {@link #RETRY_AFTER_NANOS}, so a registry that comes back is used
 * without a restart while a down one costs one wait per id every few seconds, not one per record.
 */
final class SchemaLookups {

    static final long RETRY_AFTER_NANOS = TimeUnit.SECONDS.toNanos(10);
    /**
     * After this many ids that the registry does not have, Auto asks for no new ids: its bytes are
     * then most likely not framed for a registry at all (binary that starts with a 0 byte), and a
     * request per record would hold the stream up. A chosen registry format always asks.
     */
    static final int MAX_MISSING_IDS = 50;

    /**
     * What is known about one id. {@code schema} is set when the registry gave it; {@code problem}
     * when it cannot be used (not found, no answer, or not a valid schema), in words.
     */
    record Lookup(RegisteredSchema schema, String problem, boolean settled, long atNanos, SchemaRef ref) {

        boolean usable() {
            return schema != null && problem == null;
        }
    }

    private final SchemaRegistry registry;
    private final SchemaCodecs codecs;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<Integer, Lookup> byId = new ConcurrentHashMap<>();
    private final AtomicInteger missing = new AtomicInteger();

    SchemaLookups(SchemaRegistry registry, SchemaCodecs codecs, LongSupplier nanoClock) {
        this.registry = registry;
        this.codecs = codecs;
        this.nanoClock = nanoClock;
    }

    /** What is known about {@code id}; null when it was never prepared. Never blocks. */
    Lookup get(int id) {
        return byId.get(id);
    }

    /**
     * Makes sure {@code id} was asked for (blocking on the registry the first time). Never throws.
     * {@code guessing}: Auto's look at bytes that may not be framed at all, which stops asking
     * after {@link #MAX_MISSING_IDS} misses.
     */
    void prepare(int id, boolean guessing) {
        Lookup known = byId.get(id);
        long now = nanoClock.getAsLong();
        if (known != null && (known.settled() || now - known.atNanos() < RETRY_AFTER_NANOS)) {
            return;
        }
        if (known == null && guessing && missing.get() >= MAX_MISSING_IDS) {
            // Nothing is remembered: the other side of the record may have a registry format chosen, which asks for this id.
            return;
        }
        byId.put(id, fetch(id, now));
    }

    private Lookup fetch(int id, long now) {
        RegisteredSchema schema;
        try {
            schema = registry.schemaById(id);
        } catch (RegistryException e) {
            if (e.notFound()) {
                missing.incrementAndGet();
            }
            return new Lookup(null, e.getMessage(), e.notFound(), now, new SchemaRef(id, null, 0));
        } catch (RuntimeException e) {
            return new Lookup(null, "the registry's answer for schema id " + id + " could not be used: " + e,
                    false, now, new SchemaRef(id, null, 0));
        }
        SchemaRef ref = new SchemaRef(id, schema.subject(), schema.version());
        try {
            // Parsed here, where blocking is allowed: Avro and Protobuf references are fetched while parsing.
            codecs.parseAhead(schema);
        } catch (FormatException e) {
            return new Lookup(schema, e.getMessage(), false, now, ref);
        } catch (RuntimeException e) {
            return new Lookup(schema, "schema id " + id + " could not be parsed as " + schema.type().label() + ": " + e,
                    false, now, ref);
        }
        return new Lookup(schema, null, true, now, ref);
    }
}
