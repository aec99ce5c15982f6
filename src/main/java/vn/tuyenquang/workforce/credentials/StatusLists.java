package vn.tuyenquang.workforce.credentials;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.springframework.stereotype.Component;

/**
 * The department's W3C Bitstring Status Lists (purpose: revocation), published at /credentials/status/{n}: bit i of
 * list n is set when the certificate whose credential has status index (n - 1) × 131,072 + i is revoked. Bit 0 is the
 * first (most significant) bit of the first byte; the list is GZIP-compressed, base64url-encoded with the multibase
 * prefix {@code u}, and signed as a credential (vc+jwt). Made from the certificates' statuses at each request, so a
 * revocation is in the list at once.
 */
@Component
class StatusLists {

    private final Signatures signatures;
    private final CredentialsProperties properties;
    private final Clock clock;

    StatusLists(Signatures signatures, CredentialsProperties properties, Clock clock) {
        this.signatures = signatures;
        this.properties = properties;
        this.clock = clock;
    }

    /** The address of status list {@code n}. */
    String address(int list) {
        return properties.address("/credentials/status/" + list);
    }

    /** Status list {@code n} as a signed credential, with these status indexes (of any list) revoked. */
    String signed(int list, Collection<Integer> revokedIndexes) {
        java.time.Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", address(list) + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", encoded(bits(list, revokedIndexes)));
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
        credential.put("id", address(list));
        credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        credential.put("issuer", properties.issuerDid());
        credential.put("validFrom", now.toString());
        credential.put("credentialSubject", subject);
        credential.put("iss", properties.issuerDid());
        credential.put("nbf", now.getEpochSecond());
        credential.put("jti", address(list));
        return signatures.credential(credential);
    }

    /** The list's bits: those of the indexes in it set. */
    static byte[] bits(int list, Collection<Integer> revokedIndexes) {
        byte[] bits = new byte[Credential.LIST_SIZE / 8];
        for (int index : revokedIndexes) {
            if (index / Credential.LIST_SIZE + 1 == list) {
                int at = index % Credential.LIST_SIZE;
                bits[at / 8] |= (byte) (0x80 >>> (at % 8));
            }
        }
        return bits;
    }

    static String encoded(byte[] bits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zipped = new GZIPOutputStream(out)) {
            zipped.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }
}
