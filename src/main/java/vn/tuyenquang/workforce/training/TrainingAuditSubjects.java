package vn.tuyenquang.workforce.training;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.accounts.AuditSubjects;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.system.RecordIds;

/**
 * Training's records in the audit trail's sentences: a centre by its name, a course by its code and name, an enrolment
 * by its course and learner, a certificate by its number and learner; a learner only by their masked name.
 */
@Component
class TrainingAuditSubjects implements AuditSubjects {

    private final CentreRepository centres;
    private final EnrolmentRepository enrolments;
    private final PersonRegister register;
    private final MessageSource messages;

    TrainingAuditSubjects(CentreRepository centres, EnrolmentRepository enrolments, PersonRegister register,
                          MessageSource messages) {
        this.centres = centres;
        this.enrolments = enrolments;
        this.register = register;
        this.messages = messages;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("training_centre", "course", "enrolment", "certificate");
    }

    @Override
    public Map<String, String> names(String recordType, Collection<String> recordIds) {
        List<UUID> ids = RecordIds.parse(recordIds);
        Map<String, String> names = new HashMap<>();
        switch (recordType) {
            case "training_centre" -> ids.forEach(id -> centres.findCentre(id)
                    .ifPresent(c -> names.put(id.toString(), c.name())));
            case "course" -> ids.forEach(id -> centres.findCourse(id)
                    .ifPresent(c -> names.put(id.toString(), c.code() + " · " + c.name())));
            case "enrolment" -> {
                List<Enrolment> found = ids.stream().flatMap(id -> enrolments.findEnrolment(id).stream()).toList();
                Map<UUID, String> learners = register.maskedNames(found.stream().map(Enrolment::personId).toList());
                found.forEach(e -> centres.findCourse(e.courseId()).ifPresent(c -> names.put(e.id().toString(),
                        of(c.code(), learners.get(e.personId())))));
            }
            case "certificate" -> {
                List<Certificate> found = ids.stream().flatMap(id -> enrolments.findCertificate(id).stream()).toList();
                Map<UUID, String> learners = register.maskedNames(found.stream().map(Certificate::personId).toList());
                found.forEach(c -> names.put(c.id().toString(), of(c.number(), learners.get(c.personId()))));
            }
            default -> { }
        }
        return names;
    }

    /** "HAN-2026-07 của học viên B. T. Dính". */
    private String of(String what, String learner) {
        return learner == null ? what
                : messages.getMessage("audit.ofLearner", new Object[]{what, learner}, LocaleContextHolder.getLocale());
    }
}
