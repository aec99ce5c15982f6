package vn.tuyenquang.workforce.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A person of the labour register. Their highest qualification and whether they are certified are
 * derived from their qualification facts by {@link PersonRegister}, never set by hand.
 */
public record Person(UUID id, CitizenId citizenId, String fullName, LocalDate birthDate, Sex sex, String ethnicCode,
                     String communeCode, Optional<PhoneNumber> phone, LabourStatus labourStatus,
                     boolean consentToBeFound, Optional<String> highestLevelCode, boolean certified,
                     Instant createdAt) implements PersonView {

    /** How the audit trail names a person's record. */
    static final String RECORD_TYPE = "person";

    /** Working age, in whole years: from 15 (the labour force's lower bound) to 64 (matching's upper bound). */
    public static final int WORKING_AGE_FROM = 15;
    public static final int WORKING_AGE_TO = 64;

    /** The longest full name the register keeps (person.full_name). */
    public static final int FULL_NAME_MAX = 120;


    /** The identity alone: what a user who may not see the whole record is given ({@link PersonView}). */
    public PersonView.Identity identity() {
        return new PersonView.Identity(id, citizenId, fullName, birthDate, sex);
    }

    /** Age in whole years on {@code date}. */
    public int ageOn(LocalDate date) {
        return java.time.Period.between(birthDate, date).getYears();
    }
}
