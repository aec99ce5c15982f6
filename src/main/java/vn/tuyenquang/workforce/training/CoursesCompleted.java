package vn.tuyenquang.workforce.training;

import java.util.Set;
import java.util.UUID;

/**
 * These learners completed a course (published in the transaction that records it, once for a whole import chunk):
 * what they learned now adds to their skills wherever those are shown.
 */
public record CoursesCompleted(Set<UUID> learnerIds) {

    public CoursesCompleted {
        learnerIds = Set.copyOf(learnerIds);
    }
}
