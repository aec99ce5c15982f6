package vn.tuyenquang.workforce.programmes;

import java.time.Instant;
import java.util.UUID;

/**
 * A programme that pays for training, as the department keeps it: a national target programme, a provincial project,
 * an employer or the learner, with the years it runs ({@code lastYear} empty while it has no end).
 */
public record FundingProgramme(UUID id, String code, String name, Kind kind, int firstYear, Integer lastYear,
                               Instant createdAt) {

    /** Who pays. */
    public enum Kind { NATIONAL_TARGET, PROVINCIAL_PROJECT, EMPLOYER, LEARNER, OTHER }

    /** Whether the programme runs in {@code year}. */
    public boolean runsIn(int year) {
        return year >= firstYear && (lastYear == null || year <= lastYear);
    }
}
