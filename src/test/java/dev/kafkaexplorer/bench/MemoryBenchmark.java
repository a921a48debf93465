package dev.kafkaexplorer.bench;

import dev.kafkaexplorer.testing.TestBroker;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's memory figures, as {@code top} shows them for the app: resident memory (VmRSS, and
 * its peak VmHWM) and the heap, measured inside the app's own process, started with the app's JVM
 * options ({@code app.jvm.options} in pom.xml, passed here by the benchmark profile; a benchmark's
 * own JVM options would not be the app's). The process is {@link MemoryProbe}: the real app on
 * headless JavaFX with its embedded broker, as a first start runs it.
 *
 * <p>Checkpoints: idle, 20 s after it is connected; then the Live tab reads a topic from Earliest
 * while this test produces records of 1 KiB (key and value) to the app's broker with a plain
 * producer, and the figures are taken once 100 000, 200 000, 300 000 and 500 000 records have
 * passed through the table, which keeps its default 100 000 rows: from the first checkpoint on,
 * resident memory should stay flat; last, the same after a full collection. Also the FX pulse gaps
 * while each stretch of records streamed.
 *
 * <p>Options: {@code -Dbench.gc="…"} other JVM options for the app (as for every benchmark);
 * {@code -Dbench.java=/path/to/bin/java} another runtime for the app; {@code -Dbench.external=true}
 * connects the app to the test broker instead of starting its own (an app connected to a
 * cluster elsewhere); {@code -Dbench.keep=N} has the table keep N rows instead of its default
 * 100 000; {@code -Dbench.appLog=true} prints the app's log. With
 * {@code -XX:NativeMemoryTracking=summary} among the options, the JVM's own account of its memory
 * is printed after the last checkpoint. Prints figures; asserts nothing.
 */
class MemoryBenchmark {

    /**
     * Key and value together are 1 KiB, the most a row keeps whole ({@code RecordRow.RETAIN_BYTES});
     * a byte more and it would keep a 200-character preview instead.
     */
    private static final int RECORD_BYTES = dev.kafkaexplorer.kafka.consume.RecordRow.RETAIN_BYTES;
    private static final int PARTITIONS = 6;
    /** The rows the live table keeps: its default, or {@code -Dbench.keep=N} to see how many fit. */
    private static final int KEEP = Integer.getInteger("bench.keep", dev.kafkaexplorer.ui.live.LiveInputs.DEFAULT_CAPACITY);
    private static final long[] CHECKPOINTS = {100_000, 200_000, 300_000, 500_000};
    /** After starting, before "idle": the start's own work (JIT, the first screens) has settled. */
    private static final long IDLE_AFTER_CONNECTED_MS = 20_000;
    /** After a checkpoint's records have passed, before measuring: the batches in flight have landed. */
    private static final long SETTLE_MS = 3_000;

    private final Deque<String> lastLines = new ConcurrentLinkedDeque<>();
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private BufferedWriter commands;

    @Test
    void residentMemoryIdleAndWithTheLiveTableFull() throws Exception {
        boolean external = Boolean.getBoolean("bench.external");
        int port = freePort();
        String servers = external ? TestBroker.bootstrapServers() : "127.0.0.1:" + port;
        Path configDir = Files.createTempDirectory("kafka-explorer-memory");
        List<String> command = appCommand(configDir, external ? "--bootstrap-servers=" + servers : "--local-broker-port=" + port);
        System.out.printf("== Memory benchmark (%d cores) ==%napp: %s%n", Runtime.getRuntime().availableProcessors(),
                String.join(" ", command.subList(0, command.indexOf("-cp"))) + " … " + (external
                        ? "connected to the test broker" : "with its embedded broker"));
        Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> readAnswers(app), "memory-benchmark-output");
        reader.setDaemon(true);
        reader.start();
        commands = new BufferedWriter(new OutputStreamWriter(app.getOutputStream(), StandardCharsets.UTF_8));
        Map<String, Map<String, Long>> figures = new LinkedHashMap<>();
        // Per checkpoint, the FX pulse gaps while its records streamed through the full table.
        Map<String, String> pulses = new LinkedHashMap<>();
        try {
            ask("connected", 120);
            Thread.sleep(IDLE_AFTER_CONNECTED_MS);
            figures.put("idle, 20 s after connected", measure("memory idle"));

            String topic = "memory-bench";
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", servers))) {
                admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
            ask("live " + topic + " " + KEEP, 60);
            try (KafkaProducer<byte[], byte[]> producer = producer(servers)) {
                long produced = 0;
                for (long checkpoint : CHECKPOINTS) {
                    ask("pulses", 20);
                    produced = produce(producer, topic, produced, checkpoint);
                    awaitPassed(checkpoint);
                    pulses.put(String.format("%,d records passed", checkpoint), ask("pulses", 20).substring("pulses ".length()));
                    Thread.sleep(SETTLE_MS);
                    figures.put(String.format("%,d records passed", checkpoint), measure("memory passed-" + checkpoint));
                }
            }
            figures.put("then after a full collection", measure("memory-after-gc after-gc"));
            ask("quit", 30);
        } finally {
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
        print(figures);
        System.out.println("FX pulse gaps while the records streamed, ms (the live table benchmark's goal: p99 ≤ 33):");
        pulses.forEach((checkpoint, gaps) -> System.out.printf("  up to %-21s %s%n", checkpoint, gaps));
    }

    /** {@code java [the app's JVM options] -cp <the test class path> [headless] MemoryProbe <dir> <connect>}. */
    private static List<String> appCommand(Path configDir, String connect) {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("bench.java", Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        String options = System.getProperty("app.jvm.options", "").trim();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        command.addAll(List.of("-Dkafkaexplorer.secrets=file", "-cp", System.getProperty("java.class.path"),
                MemoryProbe.class.getName(), configDir.toString(), connect));
        return command;
    }

    private static KafkaProducer<byte[], byte[]> producer(String servers) {
        // Kafka's defaults (no compression) but larger batches, so this process stays out of the way.
        return new KafkaProducer<>(Map.of("bootstrap.servers", servers, "linger.ms", 20, "batch.size", 262144, "acks", "1"),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    /**
     * Sends records {@code from} (inclusive) to {@code to} (exclusive): a 14-byte key and a JSON
     * value that make 1 KiB together, values each a little different.
     */
    private static long produce(KafkaProducer<byte[], byte[]> producer, String topic, long from, long to) {
        Random random = new Random(from);
        List<byte[]> values = new ArrayList<>();
        int valueBytes = RECORD_BYTES - key(0).length;
        for (int i = 0; i < 1000; i++) {
            StringBuilder json = new StringBuilder("{\"id\":" + i + ",\"text\":\"");
            while (json.length() < valueBytes - 2) {
                json.append((char) ('a' + random.nextInt(26)));
            }
            values.add(json.append("\"}").toString().getBytes(StandardCharsets.UTF_8));
        }
        for (long i = from; i < to; i++) {
            producer.send(new ProducerRecord<>(topic, (int) (i % PARTITIONS), key(i), values.get((int) (i % values.size()))));
        }
        producer.flush();
        return to;
    }

    private static byte[] key(long i) {
        return String.format("key-%010d", i).getBytes(StandardCharsets.UTF_8);
    }

    private void awaitPassed(long records) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (Long.parseLong(ask("passed", 20).substring("passed ".length())) < records) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + records + " records passed through the live table in 3 minutes");
            }
            Thread.sleep(250);
        }
    }

    /** Asks the app for its figures; prints them as they come, and returns them (kB, rows, threads). */
    private Map<String, Long> measure(String question) throws Exception {
        String answer = ask(question, 60);
        System.out.println("    " + answer);
        Map<String, Long> figures = new LinkedHashMap<>();
        for (String pair : answer.split(" ")) {
            String[] keyValue = pair.split("=", 2);
            if (keyValue.length == 2) {
                figures.put(keyValue[0], Long.parseLong(keyValue[1]));
            }
        }
        return figures;
    }

    private String ask(String question, int seconds) throws Exception {
        commands.write(question);
        commands.newLine();
        commands.flush();
        String answer = answers.poll(seconds, TimeUnit.SECONDS);
        if (answer == null) {
            throw new AssertionError("The app did not answer '" + question + "' within " + seconds
                    + " s; its last output:\n" + String.join("\n", lastLines));
        }
        return answer;
    }

    /** Reads the app's output to its end (so it never blocks on a full pipe), handing on the probe's answers. */
    private void readAnswers(Process app) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lastLines.addLast(line);
                if (lastLines.size() > 40) {
                    lastLines.removeFirst();
                }
                if (line.startsWith("PROBE ")) {
                    answers.add(line.substring("PROBE ".length()));
                } else if (line.startsWith("NMT ")) {
                    System.out.println(line);
                } else if (Boolean.getBoolean("bench.appLog")) {
                    System.out.println("app: " + line);
                }
            }
        } catch (IOException e) {
            lastLines.add("(reading the app's output failed: " + e + ")");
        }
    }

    private static void print(Map<String, Map<String, Long>> figures) {
        System.out.println("Resident memory (VmRSS; its peak so far VmHWM; the shared part RssShmem) and heap, MiB:");
        figures.forEach((checkpoint, f) -> System.out.printf(
                "  %-32s resident %5.0f (peak %5.0f, shared %5.0f) · heap used %5.0f, committed %5.0f of max %5.0f"
                        + " · non-heap committed %4.0f · direct buffers %3.0f · rows kept %,7d%n",
                checkpoint, mb(f, "VmRSS"), mb(f, "VmHWM"), mb(f, "RssShmem"), mb(f, "heapUsed"), mb(f, "heapCommitted"),
                mb(f, "heapMax"), mb(f, "nonHeapCommitted"), mb(f, "direct"), f.getOrDefault("rows", 0L)));
    }

    private static double mb(Map<String, Long> figures, String key) {
        return figures.getOrDefault(key, 0L) / 1024.0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
