package dev.kafkaexplorer.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a schema registry's base URL as it is typed (the profile editor) or given
 * ({@code --schema-registry}): http or https, a host, no query or fragment. The words never quote
 * a password given in the URL.
 */
public final class RegistryUrlRules {

    private static final String EXAMPLE = "http://registry.example.com:8081";

    private RegistryUrlRules() {
    }

    /**
     * The reason {@code text} is not a registry URL, in words; empty when it is one.
     *
     * @param userInfoAllowed whether {@code user:password@} may come in the URL (the command line
     *                        takes it, split off by {@link #access}; a profile keeps them in fields,
     *                        since its URL is saved in clear)
     */
    public static Optional<String> check(String text, boolean userInfoAllowed) {
        if (text == null || text.isBlank()) {
            return Optional.of("Enter the schema registry's URL, e.g. " + EXAMPLE + ".");
        }
        String trimmed = text.trim();
        String shown = "'" + withoutPassword(trimmed) + "'";
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            return Optional.of(shown + " is not a URL (" + e.getReason() + "): a schema registry's URL looks like "
                    + EXAMPLE + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!trimmed.contains("://")) {
            return Optional.of(shown + " needs http:// or https:// before it, e.g. http://" + withoutPassword(trimmed) + ".");
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(shown + " is not an http or https URL: a schema registry answers over HTTP, e.g. "
                    + EXAMPLE + ".");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of(shown + " names no host (a host name has letters, digits, dots and dashes), e.g. "
                    + EXAMPLE + ".");
        }
        if (uri.getPort() > 65535) {
            return Optional.of(shown + ": the port must be between 1 and 65535.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of(shown + " has a ? or # part: give the registry's base URL, e.g. " + EXAMPLE
                    + " or https://host/apis/ccompat/v7.");
        }
        if (uri.getRawUserInfo() != null && !userInfoAllowed) {
            return Optional.of("Put the user name and password in their fields, not in the URL: the URL is saved in clear.");
        }
        return Optional.empty();
    }

    /**
     * The registry at {@code url} (valid by {@link #check}): a {@code user:password@} in it becomes
     * the basic-auth login, out of the URL, so that the URL can be shown and logged.
     */
    public static RegistryAccess access(String url) {
        URI uri = URI.create(url.trim());
        String userInfo = uri.getUserInfo();
        if (userInfo == null) {
            return RegistryAccess.open(url);
        }
        int colon = userInfo.indexOf(':');
        String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
        String password = colon < 0 ? null : userInfo.substring(colon + 1);
        return new RegistryAccess(withoutUserInfo(uri), user, password, null, null);
    }

    /**
     * {@code url} with the password of a {@code user:password@} replaced by {@code ***}, for words.
     * Errs on the safe side: a password with a slash or an at sign in it is hidden whole too.
     */
    public static String withoutPassword(String url) {
        int scheme = url.indexOf("://");
        int start = scheme < 0 ? 0 : scheme + 3;
        int at = url.lastIndexOf('@');
        int colon = url.indexOf(':', start);
        if (at < start || colon < 0 || colon > at) {
            return url;
        }
        return url.substring(0, colon) + ":***" + url.substring(at);
    }

    private static String withoutUserInfo(URI uri) {
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a registry URL: " + withoutPassword(uri.toString()), e);
        }
    }
}
