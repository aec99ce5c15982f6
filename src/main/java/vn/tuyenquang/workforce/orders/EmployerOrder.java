package vn.tuyenquang.workforce.orders;

import java.time.Instant;
import java.util.UUID;

/** A course run on an employer's order: the places ordered and the hires the employer committed to. */
public record EmployerOrder(UUID courseId, UUID employerId, String employerName, int places, int hiringCommitment,
                            String recordedBy, Instant recordedAt) {

    EmployerOrder named(String name) {
        return new EmployerOrder(courseId, employerId, name, places, hiringCommitment, recordedBy, recordedAt);
    }
}
