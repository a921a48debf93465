package dev.kafkaexplorer.kafka.security;

/**
 * A profile's SASL login, with the fields each mechanism needs (the others stay null): user name
 * for PLAIN and SCRAM; token endpoint, client id and scope for OAUTHBEARER's client credentials;
 * principal, keytab, service name and krb5.conf for GSSAPI; an AWS profile name or role ARN for
 * AWS_MSK_IAM. Passwords and client secrets are not here: they are {@link Secrets}.
 */
public record SaslSettings(
        SaslMechanism mechanism,
        String username,
        String oauthTokenEndpoint,
        String oauthClientId,
        String oauthScope,
        String kerberosPrincipal,
        String kerberosKeytab,
        String kerberosServiceName,
        String krb5Conf,
        String awsProfileName,
        String awsRoleArn) {

    public SaslSettings {
        mechanism = mechanism == null ? SaslMechanism.PLAIN : mechanism;
    }

    /** A PLAIN or SCRAM login as {@code username}. */
    public static SaslSettings password(SaslMechanism mechanism, String username) {
        return new SaslSettings(mechanism, username, null, null, null, null, null, null, null, null, null);
    }

    /** OAUTHBEARER with OIDC client credentials fetched from {@code tokenEndpoint}. */
    public static SaslSettings oauth(String tokenEndpoint, String clientId, String scope) {
        return new SaslSettings(SaslMechanism.OAUTHBEARER, null, tokenEndpoint, clientId, scope, null, null, null, null,
                null, null);
    }

    /** GSSAPI (Kerberos) with a keytab. */
    public static SaslSettings kerberos(String principal, String keytab, String serviceName, String krb5Conf) {
        return new SaslSettings(SaslMechanism.GSSAPI, null, null, null, null, principal, keytab, serviceName, krb5Conf,
                null, null);
    }

    /** Amazon MSK IAM, with the default AWS credentials chain, an AWS profile or a role to assume. */
    public static SaslSettings mskIam(String awsProfileName, String awsRoleArn) {
        return new SaslSettings(SaslMechanism.AWS_MSK_IAM, null, null, null, null, null, null, null, null,
                awsProfileName, awsRoleArn);
    }
}
