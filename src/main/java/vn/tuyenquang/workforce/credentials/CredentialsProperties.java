package vn.tuyenquang.workforce.credentials;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who signs the certificates and with which keys.
 *
 * @param issuerUrl  the department's address as the public sees it (https in production): the issuer is
 *                   {@code did:web} of its host, and the status list and keys are published under it; it is written
 *                   into every credential, so it must not change once certificates are issued
 * @param issuerName the department's name as credentials state it
 * @param keyFile    the department's signing keys (a JWK set, private keys included; first key signs, all are
 *                   published), outside the database; made with one new key at the first start when absent
 * @param keys       the same JWK set given in the environment ({@code WORKFORCE_CREDENTIALS_KEYS}) instead of a file:
 *                   then nothing is written and keys are rotated by changing it
 */
@ConfigurationProperties("workforce.credentials")
public record CredentialsProperties(@DefaultValue("http://localhost:8080") String issuerUrl,
                                    @DefaultValue("Sở Lao động tỉnh Tuyên Quang") String issuerName,
                                    @DefaultValue("./data/keys/department-signing-keys.json") Path keyFile,
                                    String keys) {

    /** The issuer's decentralised identifier: did:web of the issuer's host (a port written as %3A). */
    public String issuerDid() {
        java.net.URI uri = java.net.URI.create(issuerUrl);
        String host = uri.getHost() + (uri.getPort() > 0 ? "%3A" + uri.getPort() : "");
        String path = uri.getPath() == null || uri.getPath().isBlank() || uri.getPath().equals("/") ? ""
                : uri.getPath().replaceAll("/+$", "").replace('/', ':');
        return "did:web:" + host + path;
    }

    /** What a credential's QR code holds: the verification page's address with the token after {@code #t=}. */
    public String qrAddress(Credential credential) {
        return address("/verify#t=" + credential.qrToken());
    }

    /** An address under the issuer's, e.g. {@code /credentials/status/1}. */
    public String address(String path) {
        return issuerUrl.replaceAll("/+$", "") + path;
    }
}
