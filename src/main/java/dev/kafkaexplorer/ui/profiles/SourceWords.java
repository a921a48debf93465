package dev.kafkaexplorer.ui.profiles;

import dev.kafkaexplorer.kafka.security.TlsSettings.ClientCertificateSource;
import dev.kafkaexplorer.kafka.security.TlsSettings.TrustSource;

/** The editor's choices in words: where trust and the client certificate come from; protocols and mechanisms by Kafka's names. */
final class SourceWords {

    private SourceWords() {
    }

    static String of(Object option) {
        if (option instanceof TrustSource trust) {
            return switch (trust) {
                case SYSTEM -> "The JVM's trusted CAs (public CAs)";
                case PEM_FILE -> "CA certificates in a PEM file";
                case JKS -> "JKS truststore";
                case PKCS12 -> "PKCS12 truststore";
            };
        }
        if (option instanceof ClientCertificateSource certificate) {
            return switch (certificate) {
                case NONE -> "None";
                case PEM_FILES -> "PEM certificate and key files";
                case JKS -> "JKS keystore";
                case PKCS12 -> "PKCS12 keystore";
            };
        }
        return option.toString();
    }
}
