package dev.kafkaexplorer.kafka.groups;

import dev.kafkaexplorer.kafka.KafkaErrorText;
import org.apache.kafka.common.errors.FencedMemberEpochException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.errors.StaleMemberEpochException;
import org.apache.kafka.common.errors.UnknownMemberIdException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/** Sentences for what the cluster refuses about a consumer group, keeping the broker's own words. */
public final class GroupErrorText {

    private GroupErrorText() {
    }

    public static String forGroup(String groupId, Throwable error) {
        Throwable t = KafkaErrorText.unwrap(error);
        String broker = t.getMessage() == null || t.getMessage().isBlank() ? "" : " Broker said: " + t.getMessage().trim();
        if (t instanceof GroupNotEmptyException) {
            return "Group '" + groupId + "' still has active members: stop its consumers first." + broker;
        }
        // Committing for a group with members is refused as if we were an unknown member of it.
        if (t instanceof UnknownMemberIdException || t instanceof FencedMemberEpochException
                || t instanceof StaleMemberEpochException) {
            return "Group '" + groupId + "' has active members, so its offsets cannot be changed: stop its consumers first."
                    + broker;
        }
        if (t instanceof GroupIdNotFoundException) {
            return "Group '" + groupId + "' does not exist (any more)." + broker;
        }
        if (t instanceof GroupAuthorizationException) {
            return "Not authorized for group '" + groupId + "'." + broker;
        }
        if (t instanceof UnknownTopicOrPartitionException) {
            return "The topic does not exist (any more)." + broker;
        }
        return KafkaErrorText.general(t);
    }
}
