package vn.tuyenquang.workforce.indicators;

import vn.tuyenquang.workforce.people.Person;

/** The age bands of the reports, by age on 31 December of the year reported. */
public enum AgeBand {
    A15_24(15), A25_34(25), A35_44(35), A45_54(45), A55_64(55), A65_PLUS(65);

    /** Working age starts at 15: younger persons are never counted. */
    public static final int WORKING_AGE = Person.WORKING_AGE_FROM;

    private final int from;

    AgeBand(int from) {
        this.from = from;
    }

    /** The band of someone {@code age} years old; under working age counts as the youngest band. */
    public static AgeBand of(int age) {
        AgeBand band = A15_24;
        for (AgeBand candidate : values()) {
            if (age >= candidate.from) {
                band = candidate;
            }
        }
        return band;
    }

    /** The youngest age in the band. */
    public int from() {
        return from;
    }
}
