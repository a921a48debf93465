package dev.kafkaexplorer.kafka.security;

/**
 * A profile's TLS settings: where the trusted CA certificates come from, the client certificate
 * for mutual TLS (if any), and whether the broker's host name is checked against its certificate.
 * Store and key passwords are not here: they are {@link Secrets}.
 */
public record TlsSettings(
        TrustSource trustSource,
        String trustPath,
        ClientCertificateSource clientCertificate,
        String certificatePath,
        String keyPath,
        boolean hostnameVerification) {

    /** Where the certificates that the client trusts come from. */
    public enum TrustSource {
        /** The JVM's own CA certificates (as for public CAs, e.g. Confluent Cloud or Aiven's). */
        SYSTEM,
        /** A PEM file of CA certificates. */
        PEM_FILE,
        JKS,
        PKCS12
    }

    /** Where the client's own certificate (mutual TLS) comes from. */
    public enum ClientCertificateSource {
        NONE,
        /** A PEM certificate (chain) file and a PEM private key file. */
        PEM_FILES,
        JKS,
        PKCS12
    }

    public TlsSettings {
        trustSource = trustSource == null ? TrustSource.SYSTEM : trustSource;
        clientCertificate = clientCertificate == null ? ClientCertificateSource.NONE : clientCertificate;
    }

    /** The JVM's trusted CAs, no client certificate, host names verified: what a public cloud cluster needs. */
    public static TlsSettings defaults() {
        return new TlsSettings(TrustSource.SYSTEM, null, ClientCertificateSource.NONE, null, null, true);
    }
}
