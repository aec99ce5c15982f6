package vn.tuyenquang.workforce.training;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.people.PersonRecordPart;
import vn.tuyenquang.workforce.people.RecordSection;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;

/**
 * A person's training, as their record and their personal-data export show it: each course they enrolled in, at which
 * centre, how it ended, and the certificate it gave, valid or revoked (with the reason).
 */
@Component
@Order(10)
class TrainingHistory implements PersonRecordPart {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EnrolmentRepository enrolments;
    private final MessageSource messages;
    private final ReferenceCatalog reference;

    TrainingHistory(EnrolmentRepository enrolments, MessageSource messages, ReferenceCatalog reference) {
        this.enrolments = enrolments;
        this.messages = messages;
        this.reference = reference;
    }

    @Override
    public List<RecordSection> about(UUID personId, Locale locale) {
        List<List<String>> rows = enrolments.learningOf(personId).stream().map(l -> List.of(
                l.centreName(),
                l.courseCode() + " · " + l.courseName(),
                reference.occupation(l.occupationCode()).map(o -> o.code() + " · " + o.title(locale)).orElse(l.occupationCode()),
                reference.qualificationLevel(l.levelCode()).map(level -> level.name(locale)).orElse(l.levelCode()),
                day(l.enrolledOn()),
                outcome(l, locale),
                l.certificateNumber() == null ? "" : certificate(l, locale))).toList();
        return List.of(new RecordSection(text("record.training", locale), List.of(text("record.training.centre", locale),
                text("record.training.course", locale), text("record.training.occupation", locale),
                text("record.training.level", locale), text("record.training.enrolledOn", locale),
                text("record.training.outcome", locale), text("record.training.certificate", locale)), rows));
    }

    private String outcome(EnrolmentRepository.Learning l, Locale locale) {
        return switch (l.status()) {
            case ENROLLED -> text("record.training.ENROLLED", locale);
            case COMPLETED -> messages.getMessage("record.training.COMPLETED", new Object[]{day(l.completedOn())}, locale);
            case DROPPED -> messages.getMessage("record.training.DROPPED", new Object[]{day(l.droppedOn())}, locale);
        };
    }

    private String certificate(EnrolmentRepository.Learning l, Locale locale) {
        return l.certificateStatus() == Certificate.Status.REVOKED
                ? messages.getMessage("record.certificate.revoked",
                new Object[]{l.certificateNumber(), day(l.issuedOn()), l.revokedReason()}, locale)
                : messages.getMessage("record.certificate.valid", new Object[]{l.certificateNumber(), day(l.issuedOn())}, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String day(java.time.LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
