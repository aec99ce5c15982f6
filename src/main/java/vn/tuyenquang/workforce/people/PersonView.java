package vn.tuyenquang.workforce.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a user is shown of a person's record. The department, administrators and the commune officer of the person's
 * commune are given the whole {@link Person}; staff whom another module lets open the record (a training centre its
 * learners, {@link PersonVisibility}) are given the person's {@link Identity} alone: name, citizen ID, birth date and
 * sex, which they had to submit themselves to enrol the learner (and which the register checked against its own). The
 * rest of the record (phone, ethnic group, residence, labour status, qualifications from other sources, consent) may
 * have come from elsewhere, and is withheld from them (data minimisation, Decree 13/2023/NĐ-CP): a page cannot show
 * what it was not given.
 */
public sealed interface PersonView permits Person, PersonView.Identity {

    UUID id();

    CitizenId citizenId();

    String fullName();

    LocalDate birthDate();

    Sex sex();

    /** Whether this is the whole record. */
    default boolean whole() {
        return this instanceof Person;
    }

    /** A person's identity alone: the rest of their record is withheld. */
    record Identity(UUID id, CitizenId citizenId, String fullName, LocalDate birthDate, Sex sex) implements PersonView {
    }
}
