package vn.tuyenquang.workforce.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.EllipticCurves;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.training.Certificate;
import vn.tuyenquang.workforce.training.Certificates;
import vn.tuyenquang.workforce.training.TestCertificates;

/**
 * A certificate's credentials as a verifier the department does not control sees them: every signature is checked with
 * jose4j, a JOSE implementation independent of the Nimbus library that signs, against the keys the department
 * publishes at /.well-known/jwks.json.
 */
@IntegrationTest
@Import({TestAccounts.class, TestCertificates.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CredentialsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestCertificates issued;

    @Autowired
    Certificates certificates;

    @Autowired
    Credentials credentials;

    @Autowired
    DepartmentKeys keys;

    @Autowired
    CredentialsProperties properties;

    @Autowired
    JdbcClient jdbc;

    final ObjectMapper json = new ObjectMapper();
    final java.util.Map<String, String> citizenIds = new java.util.HashMap<>();
    CurrentUser staff;
    UUID course;

    @BeforeAll
    void aCentreWithACourse() {
        UUID centre = accounts.newCentre();
        staff = accounts.create(Role.CENTRE_STAFF, centre);
        course = accounts.newCourse(staff, centre, "Điện dân dụng", "7411");
    }

    @Test
    void theQrTokenAndTheOpenBadgeVerifyWithAnIndependentJoseImplementationAgainstThePublishedKeys() throws Exception {
        Certificate certificate = certify("Hoàng Thị Thủy", LocalDate.of(1996, 8, 9));
        Credential credential = credentials.of(staff, certificate.id());

        JsonNode token = verifiedElsewhere(credential.qrToken(), publishedKeys());
        assertThat(token.get("h").asText()).isEqualTo("Hoàng Thị Thủy");
        assertThat(token.get("b").asInt()).isEqualTo(1996);
        assertThat(token.get("n").asText()).isEqualTo(certificate.number());
        assertThat(token.get("oc").asText()).isEqualTo("7411");
        assertThat(token.get("c").asText()).isEqualTo("Điện dân dụng");
        assertThat(token.get("s").asInt()).isEqualTo(credential.statusIndex());
        assertThat(credential.qrToken().length()).as("small enough for a QR code scanned from paper").isLessThan(700);

        String badge = mvc.perform(get("/credentials/{id}/badge.jwt", certificate.id()).with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vc+jwt"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonWebSignature signed = new JsonWebSignature();
        signed.setCompactSerialization(badge);
        assertThat(signed.getHeaders().getStringHeaderValue("typ")).isEqualTo("vc+jwt");
        assertThat(signed.getKeyIdHeaderValue()).startsWith(properties.issuerDid() + "#");
        JsonNode vc = verifiedElsewhere(badge, publishedKeys());
        assertThat(vc.get("@context").get(0).asText()).isEqualTo("https://www.w3.org/ns/credentials/v2");
        assertThat(vc.get("type").toString()).contains("OpenBadgeCredential");
        assertThat(vc.get("issuer").get("id").asText()).isEqualTo(properties.issuerDid()).isEqualTo(vc.get("iss").asText());
        // Valid from the day of issue as it began in the province, and nbf the same instant.
        assertThat(vc.get("validFrom").asText()).isEqualTo("2026-04-10T00:00:00+07:00");
        assertThat(vc.get("nbf").asLong()).isEqualTo(java.time.OffsetDateTime.parse("2026-04-10T00:00:00+07:00").toEpochSecond());
        assertThat(vc.get("credentialSubject").get("achievement").get("name").asText()).contains("Điện dân dụng");
        assertThat(vc.get("credentialSubject").get("achievement").get("description").asText())
                .contains("Chứng chỉ").contains("Certificate").contains("7411");
        assertThat(vc.get("credentialSubject").get("identifier").get(0).get("identityHash").asText()).isEqualTo("Hoàng Thị Thủy");
        assertThat(vc.get("credentialStatus").get("type").asText()).isEqualTo("BitstringStatusListEntry");
        assertThat(vc.get("credentialStatus").get("statusListCredential").asText())
                .isEqualTo(properties.address("/credentials/status/1"));
        // Nothing about the person beyond the paper: neither their citizen id nor their birth date is in it.
        assertThat(vc.toString()).doesNotContain(citizenIds.get("Hoàng Thị Thủy")).doesNotContain("1996-08-09")
                .doesNotContain("\"birth");

        // The did:web document names the same keys.
        JsonNode did = json.readTree(mvc.perform(get("/.well-known/did.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(did.get("id").asText()).isEqualTo(properties.issuerDid());
        assertThat(did.get("assertionMethod").toString()).contains(signed.getKeyIdHeaderValue());
    }

    @Test
    void aTokenWithOneCharacterOfItsContentChangedIsRefused() throws Exception {
        Certificate certificate = certify("Lý Văn Sinh", LocalDate.of(1990, 1, 2));
        String token = credentials.of(staff, certificate.id()).qrToken();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("Lý Văn Sinh", "Lý Văn Sính").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(credentials.check(token).outcome()).isEqualTo(TokenCheck.Outcome.VALID);
        assertThat(credentials.check(altered).outcome()).isEqualTo(TokenCheck.Outcome.SIGNATURE_INVALID);
        JsonWebSignature elsewhere = new JsonWebSignature();
        elsewhere.setCompactSerialization(altered);
        elsewhere.setKey(keyOf(elsewhere.getKeyIdHeaderValue(), publishedKeys()));
        assertThat(elsewhere.verifySignature()).isFalse();
        mvc.perform(post("/verify/token").param("token", altered).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chữ ký không hợp lệ")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Lý Văn Sính"))));
    }

    @Test
    void aTokenSignedWithAKeyTheDepartmentNeverPublishedIsNotTheDepartments() throws Exception {
        Certificate certificate = certify("Vàng Thị Dung", LocalDate.of(1999, 3, 4));
        String genuine = credentials.of(staff, certificate.id()).qrToken();
        String payload = new String(Base64.getUrlDecoder().decode(genuine.split("\\.")[1]), StandardCharsets.UTF_8);
        EllipticCurveJsonWebKey forger = EcJwkGenerator.generateJwk(EllipticCurves.P256);

        String foreignKey = forge(payload, forger, "2026-01-01-f00d");
        String sameKeyId = forge(payload, forger, keys.signing().getKeyID());

        assertThat(credentials.check(foreignKey).outcome()).isEqualTo(TokenCheck.Outcome.UNKNOWN_KEY);
        assertThat(credentials.check(sameKeyId).outcome()).isEqualTo(TokenCheck.Outcome.SIGNATURE_INVALID);
        mvc.perform(post("/verify/token").param("token", foreignKey).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã này không do Sở cấp")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Vàng Thị Dung"))));
    }

    @Test
    void whatIsNotATokenGetsASentenceNeverAnError() throws Exception {
        String genuine = credentials.of(staff, certify("Nông Văn Tài", LocalDate.of(1985, 5, 6)).id()).qrToken();
        for (String given : new String[]{"", "abc", "a.b.c", genuine.substring(0, genuine.length() / 2),
                genuine.replace('.', '_'), "x".repeat(10_000), "eyJhbGciOiJub25lIn0.eyJuIjoiMSJ9.",
                "https://example.org/verify#t=%%%", "\u0000\u202e"}) {
            assertThat(credentials.check(given).outcome()).as(given).isIn(TokenCheck.Outcome.MALFORMED,
                    TokenCheck.Outcome.SIGNATURE_INVALID);
            mvc.perform(post("/verify/token").param("token", given).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.anyOf(containsString("Không đọc được mã"),
                            containsString("Chữ ký không hợp lệ"))));
        }
        // The address a QR code holds is read as its token.
        assertThat(credentials.check(properties.address("/verify#t=" + genuine)).outcome()).isEqualTo(TokenCheck.Outcome.VALID);
    }

    @Test
    void revokingFlipsTheCertificatesBitInTheSignedStatusListAndNotItsNeighbours() throws Exception {
        Certificate kept = certify("Triệu Văn Nam", LocalDate.of(1993, 7, 8));
        Certificate revoked = certify("Triệu Thị Lan", LocalDate.of(1994, 9, 10));
        Certificate after = certify("Triệu Văn Bắc", LocalDate.of(1995, 11, 12));
        int keptIndex = credentials.of(staff, kept.id()).statusIndex();
        int revokedIndex = credentials.of(staff, revoked.id()).statusIndex();
        int afterIndex = credentials.of(staff, after.id()).statusIndex();
        assertThat(bit(revokedIndex)).isFalse();

        certificates.revoke(staff, revoked.id(), "Cấp nhầm");

        assertThat(bit(revokedIndex)).isTrue();
        assertThat(bit(keptIndex)).isFalse();
        assertThat(bit(afterIndex)).isFalse();
        TokenCheck check = credentials.check(credentials.of(staff, revoked.id()).qrToken());
        assertThat(check.outcome()).isEqualTo(TokenCheck.Outcome.REVOKED);
        assertThat(check.revokedAt()).isNotNull();
        mvc.perform(get("/credentials/revocations/{index}", revokedIndex))
                .andExpect(content().string(containsString("\"revoked\":true")));
        mvc.perform(get("/credentials/revocations/{index}", keptIndex))
                .andExpect(content().string(containsString("\"revoked\":false")));
        mvc.perform(post("/verify/token").param("token", credentials.of(staff, revoked.id()).qrToken()).with(csrf()))
                .andExpect(content().string(containsString("Chứng chỉ đã bị thu hồi")));
    }

    @Test
    void aRotatedKeyStillVerifiesWhatItSignedAndTheNewKeySignsFromThen() throws Exception {
        Certificate before = certify("Đặng Văn Cường", LocalDate.of(1988, 2, 3));
        String oldToken = credentials.of(staff, before.id()).qrToken();
        String oldKey = keys.signing().getKeyID();

        String newKey = keys.rotate();

        assertThat(newKey).isNotEqualTo(oldKey);
        JsonWebKeySet published = publishedKeys();
        assertThat(published.getJsonWebKeys()).extracting(JsonWebKey::getKeyId).contains(oldKey, newKey);
        verifiedElsewhere(oldToken, published);
        assertThat(credentials.check(oldToken).outcome()).isEqualTo(TokenCheck.Outcome.VALID);
        Certificate afterRotation = certify("Đặng Thị Hoa", LocalDate.of(1989, 4, 5));
        String newToken = credentials.of(staff, afterRotation.id()).qrToken();
        JsonWebSignature signed = new JsonWebSignature();
        signed.setCompactSerialization(newToken);
        assertThat(signed.getKeyIdHeaderValue()).isEqualTo(newKey);
        verifiedElsewhere(newToken, published);
    }

    /** As an operator's rotation, or another instance's on the shared key file, would do it. */
    @Test
    void aKeyPutFirstInTheKeyFileElsewhereIsPublishedAndSignsHereWithoutARestart() throws Exception {
        java.nio.file.Path file = properties.keyFile();
        com.nimbusds.jose.jwk.JWKSet before = com.nimbusds.jose.jwk.JWKSet.load(file.toFile());
        com.nimbusds.jose.jwk.ECKey added = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(com.nimbusds.jose.jwk.Curve.P_256)
                .keyID("2026-12-08-beef").generate();
        java.util.List<com.nimbusds.jose.jwk.JWK> all = new java.util.ArrayList<>(java.util.List.of(added));
        all.addAll(before.getKeys());
        java.nio.file.Files.writeString(file, new com.nimbusds.jose.jwk.JWKSet(all).toString(false));
        java.nio.file.Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(2)));

        JsonWebKeySet published = publishedKeys();
        assertThat(published.getJsonWebKeys()).extracting(JsonWebKey::getKeyId).contains("2026-12-08-beef");
        String token = credentials.of(staff, certify("Hà Văn Mới", LocalDate.of(2000, 1, 1)).id()).qrToken();
        JsonWebSignature signed = new JsonWebSignature();
        signed.setCompactSerialization(token);
        assertThat(signed.getKeyIdHeaderValue()).isEqualTo("2026-12-08-beef");
        verifiedElsewhere(token, published);
        assertThat(credentials.check(token).outcome()).isEqualTo(TokenCheck.Outcome.VALID);
    }

    @Test
    void aCertificateIssuedBeforeCredentialsGetsOneAtItsFirstViewAndItsQrCodeHoldsTheToken() throws Exception {
        Certificate certificate = certify("Ma Văn Hùng", LocalDate.of(1992, 6, 7));
        assertThat(jdbc.sql("select count(*) from credential where certificate_id = ?").param(certificate.id())
                .query(Long.class).single()).isZero();

        byte[] svg = mvc.perform(get("/credentials/{id}/qr.svg", certificate.id()).with(user(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        String scanned = scan(svg);
        assertThat(scanned).startsWith(properties.address("/verify#t="));
        TokenCheck check = credentials.check(scanned);
        assertThat(check.outcome()).isEqualTo(TokenCheck.Outcome.VALID);
        assertThat(check.claims().holder()).isEqualTo("Ma Văn Hùng");
        // Its old address still answers.
        mvc.perform(get("/verify/{code}", certificate.verificationCode())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Chứng chỉ hợp lệ")));
        // Another centre's staff cannot read it.
        UUID elsewhere = accounts.newCentre();
        mvc.perform(get("/credentials/{id}/qr.svg", certificate.id()).with(user(accounts.create(Role.CENTRE_STAFF, elsewhere))))
                .andExpect(status().isForbidden());
    }

    private Certificate certify(String name, LocalDate born) {
        String citizenId = TestPeople.citizenId(born, Sex.FEMALE);
        citizenIds.put(name, citizenId);
        return issued.certify(staff, course, new NewPerson(citizenId, name, born, Sex.FEMALE, "01", "00691", null,
                LabourStatus.EMPLOYED), LocalDate.of(2026, 4, 10));
    }

    private JsonWebKeySet publishedKeys() throws Exception {
        return new JsonWebKeySet(mvc.perform(get("/.well-known/jwks.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** The payload of a token whose signature jose4j verifies with the published key it names. */
    private JsonNode verifiedElsewhere(String token, JsonWebKeySet published) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256));
        jws.setCompactSerialization(token);
        jws.setKey(keyOf(jws.getKeyIdHeaderValue(), published));
        assertThat(jws.verifySignature()).as("signature verified by jose4j").isTrue();
        return json.readTree(jws.getPayload());
    }

    private static java.security.Key keyOf(String keyId, JsonWebKeySet published) {
        String bare = keyId.contains("#") ? keyId.substring(keyId.indexOf('#') + 1) : keyId;
        return published.getJsonWebKeys().stream().filter(k -> bare.equals(k.getKeyId())).findFirst()
                .map(k -> ((PublicJsonWebKey) k).getPublicKey()).orElseThrow();
    }

    private static String forge(String payload, EllipticCurveJsonWebKey key, String keyId) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(payload);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        jws.setKeyIdHeaderValue(keyId);
        jws.setKey(key.getPrivateKey());
        return jws.getCompactSerialization();
    }

    /** Whether the status list, as published and verified by jose4j, has this status index's bit set. */
    private boolean bit(int statusIndex) throws Exception {
        String list = mvc.perform(get("/credentials/status/{n}", statusIndex / Credential.LIST_SIZE + 1))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/vc+jwt"))
                .andReturn().getResponse().getContentAsString();
        JsonNode credential = verifiedElsewhere(list, publishedKeys());
        assertThat(credential.get("type").toString()).contains("BitstringStatusListCredential");
        String encoded = credential.get("credentialSubject").get("encodedList").asText();
        assertThat(encoded).startsWith("u");
        byte[] bits;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            bits = in.readAllBytes();
        }
        assertThat(bits).hasSize(Credential.LIST_SIZE / 8);
        int at = statusIndex % Credential.LIST_SIZE;
        return (bits[at / 8] & (0x80 >>> (at % 8))) != 0;
    }

    /** Reads a QR code drawn as this project's SVG (a path of unit squares) as a phone would, with ZXing. */
    private static String scan(byte[] svg) throws Exception {
        String text = new String(svg, StandardCharsets.UTF_8);
        int width = Integer.parseInt(text.replaceAll("(?s).*viewBox=\"0 0 (\\d+) \\d+\".*", "$1"));
        int scale = 4;
        int side = width * scale;
        int[] pixels = new int[side * side];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        java.util.regex.Matcher module = java.util.regex.Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(text);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1)) * scale;
            int y = Integer.parseInt(module.group(2)) * scale;
            for (int dy = 0; dy < scale; dy++) {
                java.util.Arrays.fill(pixels, (y + dy) * side + x, (y + dy) * side + x + scale, 0);
            }
        }
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels))))
                .getText();
    }
}
