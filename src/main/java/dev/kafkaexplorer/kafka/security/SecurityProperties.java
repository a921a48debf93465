package dev.kafkaexplorer.kafka.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.security.auth.SecurityProtocol;

/**
 * Turns a profile's security settings and secrets into the Kafka client properties that admin,
 * producer and consumer take (ClientPropertiesImport goes the other way).
 */
public final class SecurityProperties {

    static final String PLAIN_MODULE = "org.apache.kafka.common.security.plain.PlainLoginModule";
    static final String SCRAM_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule";
    static final String OAUTH_MODULE = "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule";
    static final String OAUTH_LOGIN_HANDLER =
            "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler";
    static final String KERBEROS_MODULE = "com.sun.security.auth.module.Krb5LoginModule";
    static final String MSK_IAM_MODULE = "software.amazon.msk.auth.iam.IAMLoginModule";
    static final String MSK_IAM_HANDLER = "software.amazon.msk.auth.iam.IAMClientCallbackHandler";
    /** The service name Kerberos brokers use unless told otherwise; a blank field means it. */
    public static final String DEFAULT_KERBEROS_SERVICE = "kafka";

    private SecurityProperties() {
    }

    /**
     * The client properties for {@code security}, then {@code advanced}, which may override them
     * (the value of an advanced property kept as the secret {@link Secrets#forProperty} comes
     * from {@code secrets}). Also allows the OAuth token endpoint and sets the krb5.conf, both
     * JVM-wide ({@link JvmSecurityProperties}). Reads the PEM files of a PEM client certificate:
     * call it off the FX thread.
     *
     * @throws IllegalArgumentException when a file it needs cannot be read or a needed field is
     *                                  blank, in words naming it
     */
    public static Map<String, String> toClientProperties(ClientSecurity security, Map<String, String> advanced,
                                                         Secrets secrets) {
        Map<String, String> props = new LinkedHashMap<>();
        if (security.protocol() != SecurityProtocol.PLAINTEXT) {
            // PLAINTEXT is Kafka's default: an unsecured profile's clients get no property for it.
            props.put("security.protocol", security.protocol().name);
        }
        if (security.usesSasl()) {
            addSasl(props, security.sasl(), secrets, true);
        }
        if (security.usesTls()) {
            TlsProperties.addTo(props, security.tls(), secrets);
        }
        advanced.forEach((key, value) -> {
            if (!key.isBlank()) {
                props.put(key.trim(), secrets.get(Secrets.forProperty(key.trim())).orElse(value == null ? "" : value));
            }
        });
        String secretPrefix = Secrets.forProperty("");
        secrets.values().forEach((name, value) -> {
            if (name.startsWith(secretPrefix) && !value.isEmpty()) {
                props.put(name.substring(secretPrefix.length()), value);
            }
        });
        JvmSecurityProperties.prepareFor(props);
        if (security.usesSasl() && security.sasl().mechanism() == SaslMechanism.GSSAPI) {
            JvmSecurityProperties.useKrb5Conf(security.sasl().krb5Conf());
        }
        return props;
    }

    /**
     * The {@code sasl.jaas.config} of {@code sasl}: with its password or client secret from
     * {@code secrets} (empty when not set) when {@code withSecrets}, else without those options.
     */
    static String jaasConfig(SaslSettings sasl, Secrets secrets, boolean withSecrets) {
        Map<String, String> options = new LinkedHashMap<>();
        return switch (sasl.mechanism()) {
            case PLAIN, SCRAM_SHA_256, SCRAM_SHA_512 -> {
                options.put("username", nonNull(sasl.username()));
                // A missing password is sent as empty: the broker then says the login failed.
                options.put("password", withSecrets ? secrets.get(Secrets.SASL_PASSWORD).orElse("") : null);
                yield JaasText.entry(sasl.mechanism() == SaslMechanism.PLAIN ? PLAIN_MODULE : SCRAM_MODULE, options);
            }
            // The client credentials are client properties (see addSasl): as JAAS options Kafka 4.x deprecates them.
            case OAUTHBEARER -> JaasText.entry(OAUTH_MODULE, options);
            case GSSAPI -> {
                boolean keytab = sasl.kerberosKeytab() != null && !sasl.kerberosKeytab().isBlank();
                // Without a keytab the ticket of the user's own kinit is used.
                String flags = keytab ? " useKeyTab=true storeKey=true" : " useTicketCache=true";
                options.put("keyTab", keytab ? sasl.kerberosKeytab().trim() : null);
                options.put("principal", blankToNull(sasl.kerberosPrincipal()));
                yield JaasText.entry(KERBEROS_MODULE, options).replaceFirst(" required", " required" + flags);
            }
            case AWS_MSK_IAM -> {
                options.put("awsProfileName", blankToNull(sasl.awsProfileName()));
                options.put("awsRoleArn", blankToNull(sasl.awsRoleArn()));
                yield JaasText.entry(MSK_IAM_MODULE, options);
            }
        };
    }

    /** The {@code sasl.*} properties of {@code sasl}; with its password or client secret only when {@code withSecrets}. */
    static void addSasl(Map<String, String> props, SaslSettings sasl, Secrets secrets, boolean withSecrets) {
        props.put("sasl.mechanism", sasl.mechanism().kafkaName());
        switch (sasl.mechanism()) {
            case OAUTHBEARER -> {
                props.put("sasl.login.callback.handler.class", OAUTH_LOGIN_HANDLER);
                props.put("sasl.oauthbearer.token.endpoint.url",
                        TlsProperties.required(sasl.oauthTokenEndpoint(), "OAuth token endpoint URL"));
                props.put("sasl.oauthbearer.client.credentials.client.id", nonNull(sasl.oauthClientId()));
                if (withSecrets) {
                    props.put("sasl.oauthbearer.client.credentials.client.secret",
                            secrets.get(Secrets.OAUTH_CLIENT_SECRET).orElse(""));
                }
                if (blankToNull(sasl.oauthScope()) != null) {
                    props.put("sasl.oauthbearer.scope", sasl.oauthScope().trim());
                }
            }
            case GSSAPI -> props.put("sasl.kerberos.service.name", sasl.kerberosServiceName() == null
                    || sasl.kerberosServiceName().isBlank() ? DEFAULT_KERBEROS_SERVICE : sasl.kerberosServiceName().trim());
            case AWS_MSK_IAM -> props.put("sasl.client.callback.handler.class", MSK_IAM_HANDLER);
            default -> {
                // PLAIN and SCRAM need only their JAAS config
            }
        }
        props.put("sasl.jaas.config", jaasConfig(sasl, secrets, withSecrets));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
