package vn.tuyenquang.workforce.credentials;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.training.Certificates;

/**
 * Each certificate's credential, and the checks anyone can make of one. A credential is made at the first view of its
 * certificate by the staff (its page, QR code, Open Badges credential or printed paper), so certificates issued before
 * credentials existed get theirs the same way; made once, it is kept (two first views at once keep one).
 */
@Service
public class Credentials {

    private final CredentialRepository credentials;
    private final CredentialKeeper keeper;
    private final Certificates certificates;
    private final QrTokens tokens;
    private final OpenBadges badges;
    private final StatusLists statusLists;
    private final CertificatePapers papers;

    Credentials(CredentialRepository credentials, CredentialKeeper keeper, Certificates certificates, QrTokens tokens,
                OpenBadges badges, StatusLists statusLists, CertificatePapers papers) {
        this.credentials = credentials;
        this.keeper = keeper;
        this.certificates = certificates;
        this.tokens = tokens;
        this.badges = badges;
        this.statusLists = statusLists;
        this.papers = papers;
    }

    /** A certificate's credential, for a user who may read the certificate. */
    public Credential of(CurrentUser user, UUID certificateId) {
        return keeper.kept(certificates.printed(user, certificateId));
    }

    /** A certificate's Open Badges 3.0 credential (JWT-VC), for a user who may read the certificate. */
    public String badge(CurrentUser user, UUID certificateId) {
        Certificates.Printed printed = certificates.printed(user, certificateId);
        return badges.signed(printed, keeper.kept(printed));
    }

    /** The Open Badges credential behind a learner's download address, if it is one. */
    public Optional<String> badgeOfWallet(String handle) {
        return credentials.findByWalletHandle(handle).flatMap(c -> certificates.printed(c.certificateId())
                .map(printed -> badges.signed(printed, c)));
    }

    /**
     * Checks a QR token (or the address holding it): signed by the department with a key it published, unaltered,
     * and not revoked since.
     */
    public TokenCheck check(String token) {
        TokenCheck signed = tokens.check(token);
        if (!signed.signedByTheDepartment()) {
            return signed;
        }
        return revokedAt(signed.claims().statusIndex())
                .map(at -> new TokenCheck(TokenCheck.Outcome.REVOKED, signed.claims(), at))
                .orElse(signed);
    }

    /** When the certificate with this status index was revoked, if it was. */
    public Optional<Instant> revokedAt(int statusIndex) {
        return credentials.findByStatusIndex(statusIndex).flatMap(c -> certificates.revokedAt(c.certificateId()));
    }

    /** The certificate whose bit in the status lists is {@code statusIndex}, if one is. */
    public Optional<UUID> certificateOf(int statusIndex) {
        return credentials.findByStatusIndex(statusIndex).map(c -> c.certificateId());
    }

    /** A certificate printable on A4, in a language (Vietnamese or English), for a user who may read it. */
    public byte[] paper(CurrentUser user, UUID certificateId, Locale language) {
        return papers.pdf(List.of(certificates.printed(user, certificateId)), language);
    }

    /** Every certificate of a course, one A4 page each, in one PDF, for a user who may read the course's centre. */
    public byte[] papersOfCourse(CurrentUser user, UUID courseId, Locale language) {
        return papers.pdf(certificates.printedOfCourse(user, courseId), language);
    }

    /** Status list {@code n}, signed: the bits of every revoked certificate's credential set. */
    public String statusList(int list) {
        return statusLists.signed(list, credentials.statusIndexes(certificates.revocations().keySet()));
    }

}
