package vn.tuyenquang.workforce.training;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A learner who completed a course: at which centre, in which course (and the occupation it trains for), on which
 * day, whether they hold its certificate now (a revoked one does not count), and who owns the centre (null: not said).
 */
public record Completion(UUID personId, UUID centreId, String centreName, UUID courseId, String courseCode,
                         String courseName, String occupationCode, LocalDate completedOn, boolean certified,
                         TrainingCentre.Ownership ownership) {
}
