package vn.tuyenquang.workforce.employers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.tuyenquang.workforce.people.Sex;

/**
 * A vacancy and its lifecycle: a draft is opened; an open vacancy is filled, closed, or expires by itself
 * once its deadline has passed. Filled, closed and expired are final.
 *
 * @param requiredSex the one sex the work is restricted to, or null (almost always): only ever with the
 *                    lawful reason the employer recorded for it, {@code sexReason}
 * @param hired       how many of the {@code headcount} places hires recorded here have filled
 */
public record Vacancy(UUID id, UUID employerId, String title, String occupationCode, String minLevelCode, String skills,
                      int headcount, long payMinVnd, long payMaxVnd, String communeCode, String industrialPark,
                      BigDecimal latitude, BigDecimal longitude, LocalDate deadline, Status status, Instant createdAt,
                      Sex requiredSex, String sexReason, int hired) {

    public enum Status {
        DRAFT, OPEN, FILLED, CLOSED, EXPIRED;

        /** The states a vacancy in this state may move to by a person's decision, the step forward first. */
        List<Status> next() {
            return switch (this) {
                case DRAFT -> List.of(OPEN, CLOSED);
                case OPEN -> List.of(FILLED, CLOSED);
                default -> List.of();
            };
        }
    }

    /** The vacancy moved to {@code target} by the employer or the department, if its lifecycle allows it. */
    Vacancy moveTo(Status target, LocalDate today) {
        if (!status.next().contains(target)) {
            throw new EmployerException("vacancy.transition.refused", null);
        }
        if (target == Status.OPEN && deadline.isBefore(today)) {
            throw new EmployerException("vacancy.deadline.passed", "deadline");
        }
        return withStatus(target);
    }

    /** Whether the vacancy is open past its deadline, and so expires. */
    boolean isOverdue(LocalDate today) {
        return status == Status.OPEN && deadline.isBefore(today);
    }

    Vacancy withStatus(Status target) {
        return new Vacancy(id, employerId, title, occupationCode, minLevelCode, skills, headcount, payMinVnd, payMaxVnd,
                communeCode, industrialPark, latitude, longitude, deadline, target, createdAt, requiredSex, sexReason, hired);
    }

    /** The statuses a person may choose next, for the page's buttons. */
    public List<Status> nextStatuses() {
        return status.next();
    }
}
