package vn.tuyenquang.workforce.people;

import java.time.Instant;
import java.util.List;

/** A person as last changed, with their qualification facts: what read models (search) are built from. */
public record RegisterEntry(Person person, List<QualificationFact> qualifications, Instant updatedAt) {
}
