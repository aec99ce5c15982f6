package vn.tuyenquang.workforce.people;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Synthetic persons for tests: valid, unique citizen IDs that agree with the birth date and sex. */
public final class TestPeople {

    /**
     * The last six digits, counted so that no two persons of a test run share a citizen ID; from 1000, above the
     * synthetic samples of batch/, which some tests import.
     */
    private static final AtomicInteger SEQUENCE = new AtomicInteger(1000);

    private TestPeople() {
    }

    /** A citizen ID, unique in this test run, of someone born in Tuyên Quang (008) on {@code birthDate}. */
    public static String citizenId(LocalDate birthDate, Sex sex) {
        int century = birthDate.getYear() < 2000 ? 0 : 2;
        int code = century + (sex == Sex.MALE ? 0 : 1);
        return String.format("008%d%02d%06d", code, birthDate.getYear() % 100, SEQUENCE.incrementAndGet());
    }

    public static NewPerson person(String fullName, LocalDate birthDate, Sex sex) {
        return new NewPerson(citizenId(birthDate, sex), fullName, birthDate, sex, "02", "00694", "0912345678",
                LabourStatus.UNEMPLOYED);
    }
}
