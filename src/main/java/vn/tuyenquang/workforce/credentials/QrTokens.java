package vn.tuyenquang.workforce.credentials;

import java.io.IOException;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.training.Certificates;

/**
 * The token a certificate's QR code holds: a compact JWS (ES256) of what the paper shows, under one-letter names so
 * that the code stays small enough to scan from A4 paper (about 510 characters; with the address, a version 18 QR
 * code of 89 modules, 0.47 mm each when printed 42 mm wide):
 * {@code n} number, {@code h} holder's name as printed, {@code b} birth year, {@code c} course, {@code l}/{@code lc}
 * level and its code, {@code o}/{@code oc} occupation (VSCO 2020) and its code, {@code e} centre, {@code d} issue day,
 * {@code s} index in the status list; the header names the key. The QR code holds it after {@code /verify#t=} on the
 * department's address: a phone's camera opens the verification page, which reads it in the browser (the part after
 * {@code #} is never sent to a server).
 */
@Component
class QrTokens {

    /** Longer than any token made here, shorter than anything a page should try to read. */
    static final int LONGEST = 4_000;

    private final Signatures signatures;
    private final DepartmentKeys keys;
    private final ObjectMapper json;

    QrTokens(Signatures signatures, DepartmentKeys keys, ObjectMapper json) {
        this.signatures = signatures;
        this.keys = keys;
        this.json = json;
    }

    String make(Certificates.Printed printed, int statusIndex) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("n", printed.number());
        claims.put("h", printed.holderName());
        claims.put("b", printed.holderBirthDate().getYear());
        claims.put("c", printed.courseName());
        claims.put("l", printed.level().name(java.util.Locale.forLanguageTag("vi")));
        claims.put("lc", printed.level().code());
        claims.put("o", printed.occupation().title(java.util.Locale.forLanguageTag("vi")));
        claims.put("oc", printed.occupation().code());
        claims.put("e", printed.centreName());
        claims.put("d", printed.issuedOn().toString());
        claims.put("s", statusIndex);
        return signatures.compact(claims);
    }

    /** The id of the key a token made here names. */
    static String keyIdOf(String token) {
        try {
            return JWSObject.parse(token).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a token made here", e);
        }
    }

    /**
     * Reads and checks a token, or the address a QR code holds (…/verify#t=token): signed with a key the department
     * published, unaltered, well formed. Revocation is not its concern.
     */
    TokenCheck check(String given) {
        String token = tokenOf(given);
        if (token.isEmpty() || token.length() > LONGEST) {
            return TokenCheck.of(TokenCheck.Outcome.MALFORMED);
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(token);
        } catch (ParseException e) {
            return TokenCheck.of(TokenCheck.Outcome.MALFORMED);
        }
        if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
            return TokenCheck.of(TokenCheck.Outcome.SIGNATURE_INVALID);
        }
        Optional<ECKey> key = Optional.ofNullable(jws.getHeader().getKeyID()).flatMap(keys::published);
        if (key.isEmpty()) {
            return TokenCheck.of(TokenCheck.Outcome.UNKNOWN_KEY);
        }
        try {
            if (!jws.verify(new ECDSAVerifier(key.get()))) {
                return TokenCheck.of(TokenCheck.Outcome.SIGNATURE_INVALID);
            }
        } catch (JOSEException e) {
            return TokenCheck.of(TokenCheck.Outcome.SIGNATURE_INVALID);
        }
        return claims(jws).map(c -> new TokenCheck(TokenCheck.Outcome.VALID, c, null))
                .orElse(TokenCheck.of(TokenCheck.Outcome.MALFORMED));
    }

    /** The token in what was given: itself, or the address of the verification page that holds it. */
    static String tokenOf(String given) {
        String text = given == null ? "" : given.strip();
        int at = text.lastIndexOf("t=");
        return (at >= 0 && text.contains("#") ? text.substring(at + 2) : text).replaceAll("\\s+", "");
    }

    private Optional<TokenCheck.Claims> claims(JWSObject jws) {
        try {
            JsonNode c = json.readTree(jws.getPayload().toString());
            return Optional.of(new TokenCheck.Claims(text(c, "n"), text(c, "h"), Integer.parseInt(text(c, "b")),
                    text(c, "c"), text(c, "lc"), text(c, "l"), text(c, "oc"), text(c, "o"), text(c, "e"),
                    LocalDate.parse(text(c, "d")), Integer.parseInt(text(c, "s"))));
        } catch (IOException | IllegalArgumentException | DateTimeParseException notACertificatesClaims) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode claims, String name) {
        JsonNode value = claims.get(name);
        if (value == null || !value.isValueNode()) {
            throw new IllegalArgumentException("no " + name);
        }
        return value.asText();
    }
}
