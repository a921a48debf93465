package dev.kafkaexplorer.kafka.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkaexplorer.kafka.KafkaFailure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** The rows of the groups list when some or all describes failed. */
class GroupRowsTest {

    private static final GroupSummary ORDERS = new GroupSummary("orders", "Stable", "Classic", "range", 2, "1 (h:9092)", 7);

    @Test
    void aGroupWhoseDescribeFailedStaysAsARowWithStateAndLagUnknown() {
        List<GroupSummary> rows = ConsumerGroups.rows(List.of("billing", "orders"), Map.of("orders", ORDERS),
                Map.of("billing", new TimeoutException("Timed out waiting for a node assignment.")));

        assertThat(rows).extracting(GroupSummary::groupId).containsExactly("billing", "orders");
        assertThat(rows.get(0).state()).isEqualTo("Unknown");
        assertThat(rows.get(0).totalLag()).isEqualTo(GroupSummary.UNKNOWN);
        assertThat(rows.get(1)).isEqualTo(ORDERS);
    }

    @Test
    void whenNoGroupCouldBeDescribedTheListFailsWithTheFirstErrorInWords() {
        Map<String, Throwable> failures = new LinkedHashMap<>();
        failures.put("billing", new TimeoutException("Timed out waiting for a node assignment."));
        failures.put("orders", new IllegalStateException("second"));

        assertThatThrownBy(() -> ConsumerGroups.rows(List.of("billing", "orders"), Map.of(), failures))
                .isInstanceOf(KafkaFailure.class)
                .hasMessage("No answer from the cluster in time: it may be down, unreachable or overloaded."
                        + " Broker said: Timed out waiting for a node assignment.");
    }
}
