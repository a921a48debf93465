package dev.kafkaexplorer.kafka.doctor;

import java.io.EOFException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Locale;

/** Why a TLS handshake failed, in words with the likely fix, from the JDK's exception chain. */
final class TlsWords {

    private TlsWords() {
    }

    static String forFailure(Endpoint e, Throwable failure, boolean presentedCertificate, boolean handshakeDone) {
        String all = chainText(failure);
        if (CauseChain.has(failure, CertificateExpiredException.class) || all.contains("notafter")) {
            return "The certificate of " + e + " has expired (" + message(failure) + "): the broker's certificate"
                    + " must be renewed, or this computer's clock is wrong.";
        }
        if (CauseChain.has(failure, CertificateNotYetValidException.class) || all.contains("notbefore")) {
            return "The certificate of " + e + " is not valid yet: check this computer's clock.";
        }
        if (all.contains("unable to find valid certification path") || all.contains("path building failed")) {
            return "The certificate of " + e + " is not signed by a CA the profile trusts: add the CA that signed"
                    + " the broker's certificate to the truststore (ssl.truststore.location or the PEM CA file).";
        }
        if (all.contains("no subject alternative") || all.contains("no name matching")) {
            return "The certificate of " + e + " is not made out for '" + e.host() + "' (the host name check,"
                    + " ssl.endpoint.identification.algorithm=https, failed): connect by a name the certificate lists,"
                    + " or have the certificate reissued with '" + e.host() + "' in its subject alternative names.";
        }
        if (all.contains("certificate_required") || all.contains("bad_certificate")
                || handshakeDone && !presentedCertificate && (all.contains("handshake_failure") || isClosed(failure))) {
            return presentedCertificate
                    ? e + " refused the client certificate (ssl.client.auth): the broker's truststore must hold"
                            + " the CA that signed it, and it must not have expired."
                    : e + " requires a client certificate (ssl.client.auth=required): add a keystore with this"
                            + " client's certificate and key (ssl.keystore.location or PEM certificate and key).";
        }
        if (all.contains("unrecognized ssl message") || all.contains("plaintext connection")) {
            return e + " does not speak TLS: it is a plaintext listener. Use the broker's TLS port, or"
                    + " security.protocol PLAINTEXT / SASL_PLAINTEXT.";
        }
        if (all.contains("protocol_version") || all.contains("no appropriate protocol")) {
            return e + " and the profile share no TLS version (" + message(failure) + "): check ssl.enabled.protocols.";
        }
        return "The TLS handshake with " + e + " failed: " + message(failure) + ". Check the profile's TLS settings.";
    }

    /** The innermost message of a failure, for the user to read. */
    static String message(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() != null ? t.getMessage() : failure.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.trim();
    }

    private static boolean isClosed(Throwable failure) {
        return CauseChain.has(failure, EOFException.class) || chainText(failure).contains("connection reset")
                || chainText(failure).contains("broken pipe");
    }

    private static String chainText(Throwable failure) {
        StringBuilder s = new StringBuilder();
        CauseChain.of(failure).forEach(t -> s.append(t).append(' '));
        return s.toString().toLowerCase(Locale.ROOT);
    }
}
