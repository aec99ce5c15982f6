package vn.tuyenquang.workforce.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.tuyenquang.workforce.system.ProvinceTime;

/**
 * A candidate on an employer's shortlist for a vacancy, and where they stand: shortlisted → contacted
 * (only once the candidate agreed to be contacted) → interviewed → hired, or rejected at any step before. The
 * employer asks to contact the candidate ({@link ContactRequest}); the answer is the person's.
 */
public record ShortlistEntry(UUID id, UUID vacancyId, UUID personId, Stage stage, Instant contactAgreedAt,
                             Instant createdAt, ContactRequest contact) {

    public enum Stage {
        SHORTLISTED, CONTACTED, INTERVIEWED, HIRED, REJECTED;

        /** The stages that may follow, the step forward first. */
        List<Stage> next() {
            return switch (this) {
                case SHORTLISTED -> List.of(CONTACTED, REJECTED);
                case CONTACTED -> List.of(INTERVIEWED, REJECTED);
                case INTERVIEWED -> List.of(HIRED, REJECTED);
                default -> List.of();
            };
        }
    }

    /** Whether the employer may see who the candidate is and how to reach them. */
    public boolean contactAgreed() {
        return contactAgreedAt != null;
    }

    public List<Stage> nextStages() {
        return stage.next();
    }

    ShortlistEntry moveTo(Stage target) {
        if (!stage.next().contains(target)) {
            throw new PlacementException("shortlist.transition.refused");
        }
        if (target == Stage.CONTACTED && !contactAgreed()) {
            throw new PlacementException("shortlist.contact.notAgreed");
        }
        return new ShortlistEntry(id, vacancyId, personId, target, contactAgreedAt, createdAt, contact);
    }

    /** Back one step: a hire undone on its day leaves the candidate interviewed. */
    ShortlistEntry hireUndone() {
        if (stage != Stage.HIRED) {
            throw new PlacementException("shortlist.undo.notHired");
        }
        return new ShortlistEntry(id, vacancyId, personId, Stage.INTERVIEWED, contactAgreedAt, createdAt, contact);
    }

    ShortlistEntry withContactRequested(String message, Instant at) {
        if (!contact.mayAsk()) {
            throw new PlacementException(contact.pending() ? "contact.request.pending" : "contact.request.answered");
        }
        return new ShortlistEntry(id, vacancyId, personId, stage, contactAgreedAt, createdAt,
                new ContactRequest(message, at, null, null, null, null));
    }

    /**
     * The person's answer to the request that waits, given on {@code on} (neither before the request's day nor after
     * {@code today}): an agreement lets the employer see who they are from {@code at}, with the phone they agreed to
     * share ({@code phone}, or none) and the office that recorded it ({@code office}); only a person who consents to
     * be found can give one.
     */
    ShortlistEntry withAnswer(ContactRequest.Answer answer, LocalDate on, LocalDate today, boolean findable,
                              String phone, String office, Instant at) {
        if (on.isAfter(today)) {
            throw new PlacementException("contact.answer.future");
        }
        if (!contact.pending()) {
            throw new PlacementException("contact.answer.notPending");
        }
        if (on.isBefore(ProvinceTime.dayOf(contact.requestedAt()))) {
            throw new PlacementException("contact.answer.beforeRequest");
        }
        if (answer == ContactRequest.Answer.AGREED && !findable) {
            throw new PlacementException("contact.answer.noConsent");
        }
        boolean agreed = answer == ContactRequest.Answer.AGREED;
        return answered(answer, on, agreed ? phone : null, agreed ? office : null, at);
    }

    /** An agreement ended without the employer asking again: the person withdrew consent to be found. */
    ShortlistEntry agreementWithdrawn(LocalDate on, Instant at) {
        return answered(ContactRequest.Answer.DECLINED, on, null, null, at);
    }

    private ShortlistEntry answered(ContactRequest.Answer answer, LocalDate on, String phone, String office, Instant at) {
        return new ShortlistEntry(id, vacancyId, personId, stage, answer == ContactRequest.Answer.AGREED ? at : null,
                createdAt, new ContactRequest(contact.message(), contact.requestedAt(), answer, on, phone, office));
    }
}
