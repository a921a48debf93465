package dev.kafkaexplorer.kafka.doctor;

import dev.kafkaexplorer.kafka.KafkaErrorText;
import java.util.Set;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;

/** Step 7: the principal may describe the cluster and list topics, what the app does first. */
final class AuthorizationCheck implements DoctorCheck {

    static final String NAME = "Authorization";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DoctorStep run(DoctorRun run) {
        AdminProbe probe = run.admin();
        AdminProbe.ClusterView view = probe.cluster();
        Throwable failure = view.failure();
        if (failure instanceof ClusterAuthorizationException) {
            return describeDenied(failure.getMessage());
        }
        if (failure != null) {
            return DoctorStep.failed(NAME, "The cluster could not be described: " + KafkaErrorText.general(failure));
        }
        Set<AclOperation> allowed = view.operations();
        // An empty set (not null) is the broker's way of saying DESCRIBE on the cluster is denied.
        if (allowed != null && !allowed.contains(AclOperation.DESCRIBE) && !allowed.contains(AclOperation.ALL)) {
            return describeDenied(null);
        }
        try {
            int topics = probe.topicNames().size();
            return DoctorStep.passed(NAME, "Allowed to describe the cluster and list topics (" + topics
                    + (topics == 1 ? " topic" : " topics") + " visible).");
        } catch (TopicAuthorizationException e) {
            return DoctorStep.failed(NAME, "Listing topics was denied: ask the cluster's administrators for an"
                    + " ACL allowing DESCRIBE on the topics you need. Broker said: " + e.getMessage());
        } catch (Exception e) {
            return DoctorStep.failed(NAME, "Listing topics failed: " + KafkaErrorText.general(e));
        }
    }

    private static DoctorStep describeDenied(String brokerWords) {
        return DoctorStep.failed(NAME, "Describing the cluster was denied for this principal: ask the cluster's"
                + " administrators for an ACL allowing DESCRIBE on the Cluster resource."
                + (brokerWords == null ? "" : " Broker said: " + brokerWords));
    }
}
