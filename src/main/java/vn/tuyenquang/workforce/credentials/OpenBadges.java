package vn.tuyenquang.workforce.credentials;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.system.ProvinceTime;
import vn.tuyenquang.workforce.training.Certificates;

/**
 * A certificate as an Open Badges 3.0 {@code OpenBadgeCredential} (W3C VC Data Model 2.0), secured as a JWT
 * (VC-JOSE-COSE: the credential's members are the payload; {@code iss}, {@code jti} and {@code nbf} repeat its issuer,
 * id and validFrom). The department issues it; the centre is the achievement's creator; the achievement names the
 * course, level and occupation in Vietnamese and English; the learner is named as the paper names them, and nothing
 * else about them is in it. Its status is its bit in the department's status list.
 */
@Component
class OpenBadges {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Signatures signatures;
    private final StatusLists statusLists;
    private final CredentialsProperties properties;

    OpenBadges(Signatures signatures, StatusLists statusLists, CredentialsProperties properties) {
        this.signatures = signatures;
        this.statusLists = statusLists;
        this.properties = properties;
    }

    String signed(Certificates.Printed printed, Credential credential) {
        return signatures.credential(badge(printed, credential));
    }

    Map<String, Object> badge(Certificates.Printed printed, Credential credential) {
        String levelVi = printed.level().name(VIETNAMESE);
        String levelEn = printed.level().name(Locale.ENGLISH);
        String occupationVi = printed.occupation().title(VIETNAMESE);
        String occupationEn = printed.occupation().title(Locale.ENGLISH);

        Map<String, Object> creator = new LinkedHashMap<>();
        creator.put("id", properties.address("/verify/" + printed.verificationCode() + "#centre"));
        creator.put("type", List.of("Profile"));
        creator.put("name", printed.centreName());

        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", properties.address("/verify/" + printed.verificationCode() + "#achievement"));
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certificate");
        achievement.put("name", printed.courseName() + " — " + levelVi + ", " + occupationVi);
        achievement.put("description", "Chứng chỉ " + levelVi + " nghề " + occupationVi + " (VSCO 2020 "
                + printed.occupation().code() + "), khóa " + printed.courseName() + ". Certificate: " + levelEn
                + "; occupation " + occupationEn + " (VSCO 2020 " + printed.occupation().code() + ").");
        achievement.put("criteria", Map.of("narrative", "Hoàn thành khóa đào tạo " + printed.courseName() + " tại "
                + printed.centreName() + " và được cấp chứng chỉ số " + printed.number() + ". Completed the course and"
                + " was awarded certificate " + printed.number() + "."));
        achievement.put("fieldOfStudy", occupationVi + " / " + occupationEn);
        achievement.put("humanCode", printed.number());
        achievement.put("inLanguage", "vi");
        achievement.put("creator", creator);

        Map<String, Object> name = new LinkedHashMap<>();
        name.put("type", "IdentityObject");
        name.put("identityHash", printed.holderName());
        name.put("identityType", "name");
        name.put("hashed", false);

        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(name));
        subject.put("achievement", achievement);

        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", properties.issuerDid());
        issuer.put("type", List.of("Profile"));
        issuer.put("name", properties.issuerName());
        issuer.put("url", properties.issuerUrl());

        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", statusLists.address(credential.statusList()) + "#" + credential.statusListIndex());
        status.put("type", "BitstringStatusListEntry");
        status.put("statusPurpose", "revocation");
        status.put("statusListIndex", String.valueOf(credential.statusListIndex()));
        status.put("statusListCredential", statusLists.address(credential.statusList()));

        // The day of issue as it began in the province (written with its offset, +07:00).
        java.time.OffsetDateTime validFrom = printed.issuedOn().atStartOfDay(ProvinceTime.ZONE).toOffsetDateTime();
        Map<String, Object> badge = new LinkedHashMap<>();
        badge.put("@context", List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        badge.put("id", "urn:uuid:" + printed.certificateId());
        badge.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        badge.put("name", "Chứng chỉ " + levelVi + " — " + printed.courseName());
        badge.put("issuer", issuer);
        badge.put("validFrom", java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(validFrom));
        badge.put("credentialSubject", subject);
        badge.put("credentialStatus", status);
        badge.put("iss", properties.issuerDid());
        badge.put("jti", "urn:uuid:" + printed.certificateId());
        badge.put("nbf", validFrom.toEpochSecond());
        return badge;
    }
}
