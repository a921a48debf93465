package dev.kafkaexplorer.kafka.groups;

import static dev.kafkaexplorer.testing.TestGroups.fill;
import static dev.kafkaexplorer.testing.TestGroups.readAndCommit;
import static dev.kafkaexplorer.testing.TestGroups.uniqueGroup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkaexplorer.kafka.ClusterAdmin;
import dev.kafkaexplorer.kafka.ConnectionSettings;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.testing.TestGroups;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Consumer groups against the real embedded broker: lag, resets, refusals and delete. */
class ConsumerGroupsTest {

    private static final ExecutorService callbacks = Executors.newSingleThreadExecutor();
    private static ClusterAdmin admin;
    private static ConsumerGroups groups;

    @BeforeAll
    static void connect() {
        admin = ClusterAdmin.open(new ConnectionSettings(TestBroker.bootstrapServers(), Duration.ofSeconds(10)), callbacks);
        groups = new ConsumerGroups(admin);
    }

    @AfterAll
    static void close() {
        admin.close();
        callbacks.shutdown();
    }

    /** 3 partitions of 10 records; the group read all 30 and committed 4, 10 and 0. */
    private static String[] groupWithLag() {
        String topic = TestBroker.createTopic("groups-lag", 3);
        fill(topic, 3, 10);
        String group = uniqueGroup("lagging");
        assertThat(readAndCommit(group, topic, 30, Map.of(0, 4L, 1, 10L, 2, 0L))).hasSize(30);
        return new String[] {topic, group};
    }

    @Test
    void listsTheGroupWithItsTotalLagAndDescribesEachPartition() {
        String[] made = groupWithLag();
        String topic = made[0];
        String group = made[1];

        GroupSummary listed = groups.list().join().stream().filter(g -> g.groupId().equals(group)).findFirst().orElseThrow();
        assertThat(listed.state()).isEqualTo("Empty");
        assertThat(listed.type()).isEqualTo("Classic");
        assertThat(listed.members()).isZero();
        assertThat(listed.totalLag()).isEqualTo(6 + 0 + 10);
        assertThat(listed.coordinator()).isNotBlank();

        GroupDetail detail = groups.describe(group).join();
        assertThat(detail.partitions()).containsExactly(
                new PartitionLag(topic, 0, 4, 10, 6),
                new PartitionLag(topic, 1, 10, 10, 0),
                new PartitionLag(topic, 2, 0, 10, 10));
        assertThat(detail.members()).isEmpty();
        assertThat(detail.summary().totalLag()).isEqualTo(16);
    }

    @Test
    void listsAGroupOfTheNewConsumerProtocolWithItsType() {
        String topic = TestBroker.createTopic("groups-new-protocol", 2);
        fill(topic, 2, 5);
        String group = uniqueGroup("new-protocol");
        assertThat(readAndCommit(group, "consumer", topic, 10, Map.of(0, 5L, 1, 2L))).hasSize(10);

        GroupSummary listed = groups.list().join().stream().filter(g -> g.groupId().equals(group)).findFirst().orElseThrow();
        assertThat(listed.type()).isEqualTo("Consumer");
        assertThat(listed.totalLag()).isEqualTo(3);
        assertThat(groups.describe(group).join().partitions()).extracting(PartitionLag::lag).containsExactly(0L, 3L);
    }

    @Test
    void listsManyGroupsInChunks() {
        String topic = TestBroker.createTopic("groups-many", 1);
        fill(topic, 1, 2);
        String prefix = uniqueGroup("many");
        int count = ConsumerGroups.DESCRIBE_CHUNK + 5;
        try (var check = TestBroker.admin()) {
            for (int i = 0; i < count; i++) {
                check.alterConsumerGroupOffsets(prefix + "-" + i, Map.of(new org.apache.kafka.common.TopicPartition(topic, 0),
                        new org.apache.kafka.clients.consumer.OffsetAndMetadata(1))).all().get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<GroupSummary> mine = groups.list().join().stream().filter(g -> g.groupId().startsWith(prefix)).toList();
        assertThat(mine).hasSize(count).allSatisfy(g -> assertThat(g.totalLag()).isEqualTo(1));
    }

    @Test
    void resetToEarliestMakesAConsumerOfTheGroupReadEverythingAgain() {
        String[] made = groupWithLag();
        String topic = made[0];
        String group = made[1];

        List<ResetPlanRow> plan = groups.plan(new OffsetResetRequest(group, Optional.of(topic), ResetStrategy.EARLIEST, 0)).join();
        assertThat(plan).containsExactly(
                new ResetPlanRow(topic, 0, 4, 0, ""),
                new ResetPlanRow(topic, 1, 10, 0, ""),
                new ResetPlanRow(topic, 2, 0, 0, ""));
        groups.apply(group, plan).join();

        assertThat(groups.describe(group).join().summary().totalLag()).isEqualTo(30);
        assertThat(readAndCommit(group, topic, 30, Map.of())).hasSize(30);
    }

    @Test
    void resetToLatestToAnOffsetAndToATimestampGiveTheExpectedOffsets() throws Exception {
        String[] made = groupWithLag();
        String topic = made[0];
        String group = made[1];

        assertThat(targets(groups.plan(new OffsetResetRequest(group, Optional.of(topic), ResetStrategy.LATEST, 0)).join()))
                .containsExactly(10L, 10L, 10L);

        List<ResetPlanRow> toSeven = groups.plan(new OffsetResetRequest(group, Optional.empty(), ResetStrategy.OFFSET, 7)).join();
        assertThat(targets(toSeven)).containsExactly(7L, 7L, 7L);
        groups.apply(group, toSeven).join();
        assertThat(groups.describe(group).join().partitions()).extracting(PartitionLag::committed).containsExactly(7L, 7L, 7L);
        // Past the end is moved to the end, and said so.
        ResetPlanRow far = groups.plan(new OffsetResetRequest(group, Optional.of(topic), ResetStrategy.OFFSET, 99)).join().get(0);
        assertThat(far.target()).isEqualTo(10);
        assertThat(far.note()).isEqualTo("past the end → end");

        // Records with timestamps we choose: partition 0 gets three more at t, t+1000, t+2000.
        long t = System.currentTimeMillis() + 60_000;
        try (var producer = TestBroker.producer(Map.of("acks", "all"))) {
            for (int i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>(topic, 0, t + i * 1000L, null, ("late-" + i).getBytes())).get();
            }
        }
        List<ResetPlanRow> atTime = groups.plan(new OffsetResetRequest(group, Optional.of(topic), ResetStrategy.TIMESTAMP, t + 1000)).join();
        assertThat(targets(atTime)).containsExactly(11L, 10L, 10L);
        assertThat(atTime.get(1).note()).isEqualTo("no record at or after that time → end");

        // Before the earliest offset still kept (records deleted) is moved to the earliest.
        try (var check = TestBroker.admin()) {
            check.deleteRecords(Map.of(new org.apache.kafka.common.TopicPartition(topic, 2),
                    org.apache.kafka.clients.admin.RecordsToDelete.beforeOffset(3))).all().get();
        }
        ResetPlanRow early = groups.plan(new OffsetResetRequest(group, Optional.of(topic), ResetStrategy.OFFSET, 1)).join().get(2);
        assertThat(early.target()).isEqualTo(3);
        assertThat(early.note()).isEqualTo("before the earliest → earliest");
    }

    @Test
    void resetAndDeleteAreRefusedInWordsWhileTheGroupHasMembers() throws Exception {
        String[] made = groupWithLag();
        String topic = made[0];
        String group = made[1];
        try (var member = new TestGroups.Member(group, topic)) {
            assertThat(member.awaitJoined(Duration.ofSeconds(30))).isTrue();
            GroupSummary listed = groups.describe(group).join().summary();
            assertThat(listed.members()).isEqualTo(1);
            assertThat(listed.canResetOffsets()).isFalse();
            assertThat(groups.describe(group).join().members().get(0).assignment()).isEqualTo(topic + ": 0, 1, 2");

            List<ResetPlanRow> plan = groups.plan(new OffsetResetRequest(group, Optional.of(topic), ResetStrategy.EARLIEST, 0)).join();
            assertThatThrownBy(() -> groups.apply(group, plan).join())
                    .isInstanceOf(CompletionException.class)
                    .satisfies(e -> assertThat(GroupErrorText.forGroup(group, e))
                            .startsWith("Group '" + group + "' has active members, so its offsets cannot be changed"));
            assertThatThrownBy(() -> groups.delete(group).join())
                    .satisfies(e -> assertThat(GroupErrorText.forGroup(group, e))
                            .startsWith("Group '" + group + "' still has active members"));
        }
        assertThat(groups.describe(group).join().partitions()).extracting(PartitionLag::committed).containsExactly(4L, 10L, 0L);
    }

    @Test
    void aStableGroupThatHasCommittedNothingHasAnUnknownTotalLagNotZero() throws Exception {
        String topic = TestBroker.createTopic("groups-uncommitted", 2);
        fill(topic, 2, 5);
        String group = uniqueGroup("uncommitted");
        try (var member = new TestGroups.Member(group, topic)) {
            assertThat(member.awaitJoined(Duration.ofSeconds(30))).isTrue();
            var detail = groups.describe(group).join();
            assertThat(detail.summary().state()).isEqualTo("Stable");
            assertThat(detail.partitions()).allSatisfy(p -> assertThat(p.lag()).isEqualTo(PartitionLag.NONE));
            assertThat(detail.summary().totalLag()).isEqualTo(GroupSummary.UNKNOWN);
            GroupSummary listed = groups.list().join().stream().filter(g -> g.groupId().equals(group)).findFirst().orElseThrow();
            assertThat(listed.totalLag()).isEqualTo(GroupSummary.UNKNOWN);
        }
    }

    @Test
    void deletesAnEmptyGroup() {
        String group = groupWithLag()[1];
        groups.delete(group).join();
        assertThat(groups.list().join()).noneMatch(g -> g.groupId().equals(group));
        assertThatThrownBy(() -> groups.delete(group).join())
                .satisfies(e -> assertThat(GroupErrorText.forGroup(group, e)).startsWith("Group '" + group + "' does not exist"));
    }

    private static List<Long> targets(List<ResetPlanRow> plan) {
        return plan.stream().map(ResetPlanRow::target).toList();
    }
}
