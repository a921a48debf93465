package dev.kafkaexplorer.kafka.security;

import java.util.Arrays;
import java.util.Optional;

/** The SASL mechanisms a profile can use, each with the name Kafka's {@code sasl.mechanism} takes. */
public enum SaslMechanism {
    PLAIN("PLAIN"),
    SCRAM_SHA_256("SCRAM-SHA-256"),
    SCRAM_SHA_512("SCRAM-SHA-512"),
    OAUTHBEARER("OAUTHBEARER"),
    GSSAPI("GSSAPI"),
    AWS_MSK_IAM("AWS_MSK_IAM");

    private final String kafkaName;

    SaslMechanism(String kafkaName) {
        this.kafkaName = kafkaName;
    }

    /** The value of {@code sasl.mechanism}. */
    public String kafkaName() {
        return kafkaName;
    }

    /** Whether the mechanism logs in with a user name and password. */
    public boolean usesPassword() {
        return this == PLAIN || this == SCRAM_SHA_256 || this == SCRAM_SHA_512;
    }

    /** The mechanism Kafka names {@code name}, if the app supports it. */
    public static Optional<SaslMechanism> fromKafkaName(String name) {
        return Arrays.stream(values()).filter(m -> m.kafkaName.equalsIgnoreCase(name.trim())).findFirst();
    }

    @Override
    public String toString() {
        return kafkaName;
    }
}
