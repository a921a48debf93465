package dev.kafkaexplorer.kafka.security;

import org.apache.kafka.common.security.auth.SecurityProtocol;

/**
 * How one cluster profile secures its clients: {@code security.protocol}, the SASL login (for
 * SASL_PLAINTEXT and SASL_SSL) and the TLS settings (for SSL and SASL_SSL). One value configures
 * admin, producer and consumer alike. Holds no secret: those are {@link Secrets}.
 */
public record ClientSecurity(SecurityProtocol protocol, SaslSettings sasl, TlsSettings tls) {

    public ClientSecurity {
        protocol = protocol == null ? SecurityProtocol.PLAINTEXT : protocol;
        sasl = sasl == null ? SaslSettings.password(SaslMechanism.PLAIN, null) : sasl;
        tls = tls == null ? TlsSettings.defaults() : tls;
    }

    /** No security at all. */
    public static ClientSecurity plaintext() {
        return new ClientSecurity(SecurityProtocol.PLAINTEXT, null, null);
    }

    /** Whether the protocol logs in with SASL. */
    public boolean usesSasl() {
        return protocol == SecurityProtocol.SASL_PLAINTEXT || protocol == SecurityProtocol.SASL_SSL;
    }

    /** Whether the protocol runs over TLS. */
    public boolean usesTls() {
        return protocol == SecurityProtocol.SSL || protocol == SecurityProtocol.SASL_SSL;
    }
}
