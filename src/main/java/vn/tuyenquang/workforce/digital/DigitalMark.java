package vn.tuyenquang.workforce.digital;

import java.time.Instant;
import java.util.UUID;

/** A centre's (or the department's) word that a course teaches digital skills, with the reason and who gave it. */
public record DigitalMark(UUID courseId, String reason, String markedBy, Instant markedAt) {
}
