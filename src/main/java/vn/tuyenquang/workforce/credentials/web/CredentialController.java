package vn.tuyenquang.workforce.credentials.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWK;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accreditation.Accreditations;
import vn.tuyenquang.workforce.credentials.Credential;
import vn.tuyenquang.workforce.credentials.Credentials;
import vn.tuyenquang.workforce.credentials.CredentialsProperties;
import vn.tuyenquang.workforce.credentials.DepartmentKeys;
import vn.tuyenquang.workforce.system.QrCodes;
import vn.tuyenquang.workforce.training.Certificates;

/**
 * What the department publishes for anyone to check its certificates (its keys as a JWKS and a did:web document, the
 * status lists, the revocation of one status index), the check of a QR token for a browser without JavaScript, and the
 * credentials of a certificate: its QR code and Open Badges credential for the staff, the learner's download.
 */
@Controller
class CredentialController {

    static final MediaType VC_JWT = MediaType.parseMediaType("application/vc+jwt");
    static final String CHECKED_VIEW = "credentials/checked";
    static final String CREDENTIAL_VIEW = "credentials/credential";

    private final Credentials credentials;
    private final Certificates certificates;
    private final DepartmentKeys keys;
    private final CredentialsProperties properties;

    private final Accreditations accreditations;

    CredentialController(Credentials credentials, Certificates certificates, DepartmentKeys keys,
                         CredentialsProperties properties, Accreditations accreditations) {
        this.accreditations = accreditations;
        this.credentials = credentials;
        this.certificates = certificates;
        this.keys = keys;
        this.properties = properties;
    }

    @GetMapping(value = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> jwks() {
        return published(keys.publicKeys().toJSONObject(true), Duration.ofMinutes(5));
    }

    /** The department as a did:web: each published key a verification method that may assert credentials. */
    @GetMapping(value = "/.well-known/did.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> did() {
        String did = properties.issuerDid();
        List<JWK> published = keys.publicKeys().getKeys();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", List.of("https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1"));
        document.put("id", did);
        document.put("verificationMethod", published.stream().map(key -> {
            Map<String, Object> method = new LinkedHashMap<>();
            method.put("id", did + "#" + key.getKeyID());
            method.put("type", "JsonWebKey2020");
            method.put("controller", did);
            method.put("publicKeyJwk", key.toJSONObject());
            return method;
        }).toList());
        List<String> methods = published.stream().map(key -> did + "#" + key.getKeyID()).toList();
        document.put("assertionMethod", methods);
        document.put("authentication", methods);
        return published(document, Duration.ofMinutes(5));
    }

    @GetMapping("/credentials/status/{list}")
    ResponseEntity<String> statusList(@PathVariable int list) {
        if (list < 1) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(VC_JWT).cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*").body(credentials.statusList(list));
    }

    /** Whether the certificate with this status index is revoked, and since when: the verification page's online check. */
    @GetMapping(value = "/credentials/revocations/{statusIndex}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> revocation(@PathVariable int statusIndex) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("statusIndex", statusIndex);
        credentials.revokedAt(statusIndex).ifPresentOrElse(at -> {
            answer.put("revoked", true);
            answer.put("revokedAt", at.toString());
        }, () -> answer.put("revoked", false));
        // The issuing centre's quality accreditation in force today, if any (resolution IV.7e).
        credentials.certificateOf(statusIndex).flatMap(certificates::centreOf).flatMap(accreditations::current)
                .ifPresent(a -> answer.put("centreAccreditedUntil", a.validUntil().toString()));
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(answer);
    }

    /** A pasted token or scanned address checked on the server: the verification page's answer without JavaScript. */
    @PostMapping("/verify/token")
    String check(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("check", credentials.check(token));
        return CHECKED_VIEW;
    }

    /** A certificate's credentials for the staff: the signed QR code, the Open Badges download, the learner's address. */
    @GetMapping("/credentials/{certificateId}")
    String credential(@PathVariable UUID certificateId, @AuthenticationPrincipal CurrentUser user, Model model) {
        Credential credential = credentials.of(user, certificateId);
        model.addAttribute("credential", credential);
        model.addAttribute("printed", certificates.printed(user, certificateId));
        model.addAttribute("walletAddress", properties.address("/credentials/wallet/" + credential.walletHandle()));
        return CREDENTIAL_VIEW;
    }

    @GetMapping(value = "/credentials/{certificateId}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qr(@PathVariable UUID certificateId, @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .body(QrCodes.svg(properties.qrAddress(credentials.of(user, certificateId))));
    }

    /** A certificate printable on A4, in Vietnamese, or in English with {@code ?language=en}. */
    @GetMapping("/credentials/{certificateId}/certificate.pdf")
    ResponseEntity<byte[]> paper(@PathVariable UUID certificateId, @RequestParam(defaultValue = "vi") String language,
                                 @AuthenticationPrincipal CurrentUser user) {
        return pdf(credentials.paper(user, certificateId, language(language)), "chung-chi.pdf");
    }

    /** Every certificate of a course, a page each, in one PDF. */
    @GetMapping("/credentials/courses/{courseId}/certificates.pdf")
    ResponseEntity<byte[]> papersOfCourse(@PathVariable UUID courseId, @RequestParam(defaultValue = "vi") String language,
                                          @AuthenticationPrincipal CurrentUser user) {
        return pdf(credentials.papersOfCourse(user, courseId, language(language)), "chung-chi-khoa-hoc.pdf");
    }

    @GetMapping("/credentials/{certificateId}/badge.jwt")
    ResponseEntity<String> badge(@PathVariable UUID certificateId, @AuthenticationPrincipal CurrentUser user) {
        return download(credentials.badge(user, certificateId));
    }

    /** The learner's own download: the address the staff hand over (unguessable, nothing personal in it). */
    @GetMapping("/credentials/wallet/{handle}")
    ResponseEntity<String> wallet(@PathVariable String handle) {
        return credentials.badgeOfWallet(handle).map(CredentialController::download)
                .orElse(ResponseEntity.notFound().build());
    }

    private static ResponseEntity<String> download(String badge) {
        return ResponseEntity.ok().contentType(VC_JWT).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("chung-chi-open-badge.jwt").build().toString())
                .body(badge);
    }

    private static Locale language(String asked) {
        return "en".equals(asked) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .body(pdf);
    }

    private static ResponseEntity<Map<String, Object>> published(Map<String, Object> body, Duration maxAge) {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(maxAge).cachePublic())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*").body(body);
    }
}
