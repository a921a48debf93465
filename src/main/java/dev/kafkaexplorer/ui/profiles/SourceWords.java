package dev.kafkaexplorer.ui.profiles;

import dev.kafkaexplorer.kafka.security.TlsSettings.ClientCertificateSource;
import dev.kafkaexplorer.kafka.security.TlsSettings.TrustSource;
import dev.kafkaexplorer.settings.ClusterProfile.SchemaRegistrySettings.RegistryAuth;

/**
 * The editor's choices in words: where trust and the client certificate come from, the registry's
 * login; protocols and mechanisms by Kafka's names.
 */
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
        if (option instanceof RegistryAuth auth) {
            return switch (auth) {
                case NONE -> "None";
                case BASIC -> "User name and password (HTTP basic)";
                case BEARER -> "Bearer token";
            };
        }
        return option.toString();
    }
}
