package dev.kafkaexplorer.kafka.security;

import dev.kafkaexplorer.kafka.security.TlsSettings.ClientCertificateSource;
import dev.kafkaexplorer.kafka.security.TlsSettings.TrustSource;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The {@code ssl.*} client properties of a profile's TLS settings. */
final class TlsProperties {

    private TlsProperties() {
    }

    /** Adds the trust, client certificate and host name settings of {@code tls} to {@code props}. */
    static void addTo(Map<String, String> props, TlsSettings tls, Secrets secrets) {
        switch (tls.trustSource()) {
            case SYSTEM -> {
                // the JVM's own trusted CAs are the client's default: nothing to set
            }
            case PEM_FILE -> {
                props.put("ssl.truststore.type", "PEM");
                props.put("ssl.truststore.location", required(tls.trustPath(), "trusted CA file"));
            }
            case JKS, PKCS12 -> {
                props.put("ssl.truststore.type", tls.trustSource().name());
                props.put("ssl.truststore.location", required(tls.trustPath(), "trust store"));
                secrets.get(Secrets.TRUSTSTORE_PASSWORD).ifPresent(p -> props.put("ssl.truststore.password", p));
            }
        }
        ClientCertificateSource client = tls.clientCertificate();
        switch (client) {
            case NONE -> {
                // one-way TLS
            }
            case PEM_FILES -> {
                // As text, not as a location: the client reads a PEM key file only with a key
                // password, and text works with an unencrypted key too.
                props.put("ssl.keystore.type", "PEM");
                props.put("ssl.keystore.certificate.chain",
                        contents(required(tls.certificatePath(), "client certificate file"), "client certificate"));
                props.put("ssl.keystore.key", contents(required(tls.keyPath(), "client key file"), "client key"));
                secrets.get(Secrets.KEY_PASSWORD).ifPresent(p -> props.put("ssl.key.password", p));
            }
            case JKS, PKCS12 -> {
                props.put("ssl.keystore.type", client.name());
                props.put("ssl.keystore.location", required(tls.certificatePath(), "client key store"));
                secrets.get(Secrets.KEYSTORE_PASSWORD).ifPresent(p -> props.put("ssl.keystore.password", p));
                secrets.get(Secrets.KEY_PASSWORD).ifPresent(p -> props.put("ssl.key.password", p));
            }
        }
        if (!tls.hostnameVerification()) {
            props.put("ssl.endpoint.identification.algorithm", "");
        }
    }

    /**
     * The same settings as {@link #addTo} without passwords and without reading files: a PEM
     * client certificate and key in one file go in as its location; in two files, a comment
     * in {@code comments} says where they are.
     */
    static void exportTo(Map<String, String> props, TlsSettings tls, List<String> comments) {
        if (tls.trustSource() != TrustSource.SYSTEM) {
            props.put("ssl.truststore.type", tls.trustSource() == TrustSource.PEM_FILE ? "PEM" : tls.trustSource().name());
            props.put("ssl.truststore.location", required(tls.trustPath(), "trusted CA file or trust store"));
        }
        ClientCertificateSource client = tls.clientCertificate();
        if (client == ClientCertificateSource.PEM_FILES) {
            String certificate = required(tls.certificatePath(), "client certificate file");
            String key = required(tls.keyPath(), "client key file");
            if (certificate.equals(key)) {
                props.put("ssl.keystore.type", "PEM");
                props.put("ssl.keystore.location", certificate);
            } else {
                comments.add("The client certificate is the PEM file " + certificate + ", its key the PEM file " + key
                        + ": Kafka takes their contents as ssl.keystore.certificate.chain and ssl.keystore.key"
                        + " (with ssl.keystore.type=PEM); not written here, as the key is secret.");
            }
        } else if (client != ClientCertificateSource.NONE) {
            props.put("ssl.keystore.type", client.name());
            props.put("ssl.keystore.location", required(tls.certificatePath(), "client key store"));
        }
        if (!tls.hostnameVerification()) {
            props.put("ssl.endpoint.identification.algorithm", "");
        }
    }

    static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("No " + what + " is set.");
        }
        return value.trim();
    }

    private static String contents(String file, String what) {
        try {
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                throw new IllegalArgumentException("Cannot read the " + what + " file " + file + ": it is a folder.");
            }
            return Files.readString(path);
        } catch (IOException | InvalidPathException e) {
            throw new IllegalArgumentException("Cannot read the " + what + " file " + file + ": " + reason(e), e);
        }
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "there is no such file.";
        }
        if (e instanceof AccessDeniedException) {
            return "you may not read it.";
        }
        if (e instanceof CharacterCodingException) {
            return "it is not a PEM text file.";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
