package vn.tuyenquang.workforce.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.people.CertificateFact;
import vn.tuyenquang.workforce.people.Person;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.reference.Occupation;
import vn.tuyenquang.workforce.reference.QualificationLevel;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.text.VietnameseText;

/**
 * Certificates: issued for a completed enrolment (the enrolment decides whether it may be, {@link Enrolment}), revoked
 * with a reason, read by the centre and the department, and verified by anyone by their public code. An issued
 * certificate counts towards its holder's qualification in the register, and a revoked one no longer does, in the
 * same transaction.
 */
@Service
public class Certificates {

    /** What anyone may see of a certificate on its public verification page. */
    public record Verification(String holder, QualificationLevel level, Occupation occupation, String centreName,
                               LocalDate issuedOn, String number, Certificate.Status status, String revokedReason,
                               UUID centreId) {
    }

    /** A certificate whose number differs from another of its centre's only in letter case or spaces. */
    public record NumberPair(String centreName, String number, String numberKey, Certificate.Status status,
                             LocalDate issuedOn) {
    }

    /**
     * What a certificate's paper shows, for its credential: the holder's name as printed and birth date, the course,
     * level and occupation, the centre, the number and the day; and whether it still stands.
     */
    public record Printed(UUID certificateId, String number, String holderName, LocalDate holderBirthDate,
                          String courseName, QualificationLevel level, Occupation occupation, String centreName,
                          LocalDate issuedOn, Certificate.Status status, Instant revokedAt,
                          String verificationCode) {
    }

    private final CentreRepository centres;
    private final EnrolmentRepository enrolments;
    private final PersonRegister register;
    private final ReferenceCatalog reference;
    private final AuditTrail audit;
    private final Clock clock;

    Certificates(CentreRepository centres, EnrolmentRepository enrolments, PersonRegister register,
                 ReferenceCatalog reference, AuditTrail audit, Clock clock) {
        this.centres = centres;
        this.enrolments = enrolments;
        this.register = register;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues the certificate of a completed enrolment; it then counts towards the holder's qualification. */
    @Transactional
    public Certificate issue(CurrentUser user, UUID enrolmentId, String number, LocalDate issuedOn) {
        Enrolment enrolment = CentreAccess.enrolment(user, enrolmentId, enrolments, centres);
        Course course = centres.findCourse(enrolment.courseId()).orElseThrow();
        Certificate certificate = enrolment.certify(course, number, issuedOn);
        if (enrolments.findCertificateOfEnrolment(enrolmentId).isPresent()) {
            throw new TrainingException("certificate.alreadyIssued", null);
        }
        if (enrolments.certificateNumberTaken(course.centreId(), certificate.number())) {
            throw new TrainingException("certificate.number.taken", "number");
        }
        enrolments.insert(certificate);
        register.recordCertificate(new CertificateFact(certificate.personId(), certificate.id(),
                certificate.levelCode(), certificate.occupationCode(), issuedOn));
        audit.created("certificate", certificate.id(), certificate);
        return certificate;
    }

    public Certificate certificate(CurrentUser user, UUID certificateId) {
        Certificate certificate = enrolments.findCertificate(certificateId)
                .orElseThrow(() -> new TrainingException("certificate.notFound", null));
        CentreAccess.check(user, certificate.centreId());
        return certificate;
    }

    @Transactional
    public Certificate revoke(CurrentUser user, UUID certificateId, String reason) {
        Certificate before = certificate(user, certificateId);
        if (reason == null || reason.isBlank()) {
            throw new TrainingException("certificate.revoke.reason", "reason");
        }
        Certificate after = before.revoke(VietnameseText.normalize(reason), clock.instant());
        enrolments.update(after);
        register.withdrawCertificate(after.personId(), after.id());
        audit.changed("certificate", after.id(), before, after);
        return after;
    }

    /**
     * The certificate numbers found, when numbers began to be compared regardless of letter case, to differ only in
     * case: for the department to decide (revoke the one issued by mistake). Nothing was changed in them.
     */
    public List<NumberPair> numberPairs(CurrentUser user) {
        if (!user.role().isProvinceWide()) {
            throw new org.springframework.security.access.AccessDeniedException("the department reviews number pairs");
        }
        return enrolments.certificateNumberPairs();
    }

    /** What a certificate's paper shows (its credential is made of it), for a user who may read the certificate. */
    public Printed printed(CurrentUser user, UUID certificateId) {
        return printed(certificate(user, certificateId));
    }

    /** What a certificate's paper shows, by its id: for its credential (the caller decides who may see it). */
    public Optional<Printed> printed(UUID certificateId) {
        return enrolments.findCertificate(certificateId).map(this::printed);
    }

    /** What the papers of a course's certificates show, by number, for a user who may read the course's centre. */
    public List<Printed> printedOfCourse(CurrentUser user, UUID courseId) {
        Course course = centres.findCourse(courseId).orElseThrow(() -> new TrainingException("course.notFound", null));
        CentreAccess.check(user, course.centreId());
        return enrolments.certificatesOfCourse(courseId).stream().map(this::printed).toList();
    }

    /** When a certificate was revoked, if it was (none if there is no such certificate). */
    public Optional<Instant> revokedAt(UUID certificateId) {
        return enrolments.findCertificate(certificateId).filter(c -> c.status() == Certificate.Status.REVOKED)
                .map(Certificate::revokedAt);
    }

    /** The centre that issued the certificate (public: its verification page names it). */
    public Optional<UUID> centreOf(UUID certificateId) {
        return enrolments.findCertificate(certificateId).map(Certificate::centreId);
    }

    /** Every revoked certificate and when it was revoked: the bits of the public status list. */
    public Map<UUID, Instant> revocations() {
        return enrolments.revocations();
    }

    private Printed printed(Certificate c) {
        Person holder = register.find(c.personId()).orElseThrow();
        TrainingCentre centre = centres.findCentre(c.centreId()).orElseThrow();
        Enrolment enrolment = enrolments.findEnrolment(c.enrolmentId()).orElseThrow();
        Course course = centres.findCourse(enrolment.courseId()).orElseThrow();
        return new Printed(c.id(), c.number(), holder.fullName(), holder.birthDate(), course.name(),
                reference.qualificationLevel(c.levelCode()).orElseThrow(), reference.occupation(c.occupationCode()).orElseThrow(),
                centre.name(), c.issuedOn(), c.status(), c.revokedAt(), c.verificationCode());
    }

    /** The public view of a certificate, found by its verification code. */
    public Optional<Verification> verify(String code) {
        return enrolments.findCertificateByVerificationCode(code.strip().toUpperCase()).map(c -> {
            Person holder = register.find(c.personId()).orElseThrow();
            TrainingCentre centre = centres.findCentre(c.centreId()).orElseThrow();
            return new Verification(VietnameseText.maskName(holder.fullName()), reference.qualificationLevel(c.levelCode()).orElseThrow(),
                    reference.occupation(c.occupationCode()).orElseThrow(), centre.name(), c.issuedOn(), c.number(),
                    c.status(), c.revokedReason(), centre.id());
        });
    }
}
