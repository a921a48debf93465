package dev.kafkaexplorer.registry;

import dev.kafkaexplorer.registry.RegistryCalls.About;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.OptionalInt;
import javax.net.ssl.SSLException;

/**
 * A registry's refusals and the network's failures in words a user can act on. Built from the
 * registry's error code, its message and what was asked; never from the request, so the login
 * (header or URL) cannot leak into them.
 */
final class RegistryWords {

    private final String url;

    RegistryWords(String shownUrl) {
        this.url = shownUrl;
    }

    /** A failure to get an answer at all: refused, timed out, unknown host, TLS. */
    RegistryException noAnswer(IOException e) {
        return new RegistryException(noAnswerWords(e), 0, OptionalInt.empty(), e);
    }

    private String noAnswerWords(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "no answer from " + url + " within " + RegistryCalls.CONNECT_TIMEOUT.toSeconds() + " s";
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer from " + url + " within " + RegistryCalls.REQUEST_TIMEOUT.toSeconds() + " s";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "no answer from " + url + ": unknown host " + host();
            }
            if (t instanceof SSLException) {
                return tls(t.getMessage());
            }
            if (t instanceof ConnectException && t.getMessage() != null) {
                return "no answer from " + url + ": " + lowerFirst(t.getMessage());
            }
        }
        if (e instanceof ConnectException) {
            return "no answer from " + url + ": connection refused";
        }
        String message = e.getMessage();
        if (message != null && message.contains("received no bytes")) {
            return "no answer from " + url + ": the connection closed without an answer"
                    + (url.startsWith("http:") ? " (does it want https://?)" : "");
        }
        return "no answer from " + url + (message == null ? " (" + e.getClass().getSimpleName() + ")" : ": " + lowerFirst(message));
    }

    private String tls(String message) {
        String m = message == null ? "" : message;
        if (m.contains("PKIX") || m.contains("unable to find valid certification path")) {
            return "no TLS with " + url + ": its certificate is not signed by a trusted CA (set the registry's trusted CA)";
        }
        if (m.contains("No subject alternative") || m.contains("No name matching")) {
            return "no TLS with " + url + ": its certificate does not name " + host();
        }
        if (m.contains("Unsupported or unrecognized SSL message")) {
            return "no TLS with " + url + ": it does not answer in TLS (is it http://?)";
        }
        return "no TLS with " + url + ": " + m;
    }

    /** A 2xx answer that is not JSON: most often the URL of a web page, not of a registry. */
    String notARegistry(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("no content type");
        return "the answer from " + url + " is not a schema registry's (" + type + "): is the registry URL right?";
    }

    /** A 4xx or 5xx answer, by the registry's error code when it gave one. */
    String refusal(int status, OptionalInt code, String message, About about, URI uri) {
        String detail = message == null || message.isBlank() ? "" : ": " + message;
        if (status == 401) {
            return "the registry refused the login (HTTP 401)";
        }
        if (status == 403) {
            return "not allowed (HTTP 403)" + detail;
        }
        if (code.isPresent()) {
            String known = byCode(code.getAsInt(), message, about);
            if (known != null) {
                return known;
            }
        }
        if (status == 409) {
            return "the schema is incompatible" + subjectPart(about) + detail;
        }
        if (status == 404) {
            return code.isPresent() ? "not found (HTTP 404)" + detail
                    : "nothing at " + uri.getPath() + " on " + url + " (HTTP 404): is the registry URL right?";
        }
        if (status >= 500) {
            return "the registry failed (HTTP " + status + ")" + detail;
        }
        return "the registry answered HTTP " + status + detail;
    }

    private static String byCode(int code, String message, About about) {
        String detail = message == null || message.isBlank() ? "" : ": " + message;
        switch (code) {
            case 40401:
                return about.subject() == null ? "subject not found" + detail : "subject " + about.subject() + " not found";
            case 40402:
                return about.version() == null ? "version not found" + detail
                        : versionWords(about) + " of subject " + about.subject() + " not found";
            case 40403:
                return about.id() != null ? "schema id " + about.id() + " not found in the registry"
                        : "the schema is not registered" + subjectPart(about);
            case 40404:
                return "subject " + about.subject() + " is already soft-deleted";
            case 40406:
                return versionWords(about) + " of subject " + about.subject() + " is already soft-deleted";
            case 409:
                return "the schema is incompatible" + subjectPart(about) + detail;
            case 42201:
                return "the schema is not valid" + detail;
            case 42202:
                return "not a valid version" + detail;
            case 42203:
                return "not a valid compatibility level" + detail;
            default:
                return null;
        }
    }

    private static String versionWords(About about) {
        return "latest".equals(about.version()) ? "the latest version" : "version " + about.version();
    }

    private static String subjectPart(About about) {
        return about.subject() == null ? "" : " with subject " + about.subject();
    }

    private String host() {
        try {
            String h = URI.create(url).getHost();
            return h == null ? url : h;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String lowerFirst(String s) {
        // "Connection refused" reads on after a colon; "HTTP/1.1 …" keeps its capitals.
        boolean word = s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1));
        return word ? s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1) : s;
    }
}
