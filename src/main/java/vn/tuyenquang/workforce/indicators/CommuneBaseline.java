package vn.tuyenquang.workforce.indicators;

import java.time.Instant;

/**
 * A commune's aggregate figures for a year, where no per-person survey exists yet: the labour force aged
 * 15+ and how many of them are trained and certified, with where the numbers come from.
 */
public record CommuneBaseline(String communeCode, int year, long labourForce, long trained, long certified,
                              String sourceNote, String recordedBy, Instant recordedAt) {

    Figure figure() {
        return new Figure(labourForce, trained, certified, Source.BASELINE);
    }
}
