package dev.kafkaexplorer.kafka.doctor;

import dev.kafkaexplorer.kafka.ClusterAccess;
import java.util.List;
import java.util.Locale;

/** What the steps of one doctor run share: the profile, its bootstrap addresses and the admin probe. */
final class DoctorRun implements AutoCloseable {

    private final ClusterAccess access;
    private final List<Endpoint> endpoints;
    private final String protocol;
    private AdminProbe admin;

    DoctorRun(ClusterAccess access) {
        this.access = access;
        this.endpoints = Endpoint.parseList(access.bootstrapServers());
        this.protocol = access.clientProperties().getOrDefault("security.protocol", "PLAINTEXT")
                .trim().toUpperCase(Locale.ROOT);
    }

    ClusterAccess access() {
        return access;
    }

    List<Endpoint> endpoints() {
        return endpoints;
    }

    /** {@code security.protocol}, upper case; PLAINTEXT when the profile does not set it. */
    String protocol() {
        return protocol;
    }

    boolean usesTls() {
        return protocol.equals("SSL") || protocol.equals("SASL_SSL");
    }

    boolean usesSasl() {
        return protocol.startsWith("SASL_");
    }

    /** {@code sasl.mechanism}; GSSAPI when unset, as Kafka's default. */
    String mechanism() {
        return access.clientProperties().getOrDefault("sasl.mechanism", "GSSAPI").trim();
    }

    /** The short-lived admin client's view of the cluster, asked once and shared by the later steps. */
    AdminProbe admin() {
        if (admin == null) {
            admin = AdminProbe.open(access);
        }
        return admin;
    }

    @Override
    public void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
