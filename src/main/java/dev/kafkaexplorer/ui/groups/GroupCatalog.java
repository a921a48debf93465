package dev.kafkaexplorer.ui.groups;

import dev.kafkaexplorer.kafka.ClusterAdmin;
import dev.kafkaexplorer.kafka.groups.ConsumerGroups;
import dev.kafkaexplorer.kafka.groups.GroupDetail;
import dev.kafkaexplorer.kafka.groups.GroupSummary;
import dev.kafkaexplorer.kafka.groups.OffsetResetRequest;
import dev.kafkaexplorer.kafka.groups.ResetPlanRow;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The consumer-group calls the groups tab makes: {@link ConsumerGroups} in the app, a map in tests. */
public interface GroupCatalog {

    CompletableFuture<List<GroupSummary>> list();

    CompletableFuture<GroupDetail> describe(String groupId);

    CompletableFuture<List<ResetPlanRow>> plan(OffsetResetRequest request);

    CompletableFuture<Void> apply(String groupId, List<ResetPlanRow> plan);

    CompletableFuture<Void> delete(String groupId);

    /** The groups of {@code admin}'s cluster. */
    static GroupCatalog of(ClusterAdmin admin) {
        ConsumerGroups groups = new ConsumerGroups(admin);
        return new GroupCatalog() {
            @Override
            public CompletableFuture<List<GroupSummary>> list() {
                return groups.list();
            }

            @Override
            public CompletableFuture<GroupDetail> describe(String groupId) {
                return groups.describe(groupId);
            }

            @Override
            public CompletableFuture<List<ResetPlanRow>> plan(OffsetResetRequest request) {
                return groups.plan(request);
            }

            @Override
            public CompletableFuture<Void> apply(String groupId, List<ResetPlanRow> plan) {
                return groups.apply(groupId, plan);
            }

            @Override
            public CompletableFuture<Void> delete(String groupId) {
                return groups.delete(groupId);
            }
        };
    }
}
