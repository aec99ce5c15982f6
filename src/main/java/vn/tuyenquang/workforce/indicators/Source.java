package vn.tuyenquang.workforce.indicators;

/** What a figure rests on: every figure shows it. */
public enum Source {
    /** The labour register, person by person. */
    REGISTER,
    /** A commune's aggregate baseline, entered where no per-person survey exists yet. */
    BASELINE,
    /** Some communes on the register, others on baselines. */
    MIXED,
    /** Nothing to count. */
    NONE;

    Source and(Source other) {
        if (this == NONE || this == other) {
            return other;
        }
        return other == NONE ? this : MIXED;
    }
}
