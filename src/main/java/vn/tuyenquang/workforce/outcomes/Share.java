package vn.tuyenquang.workforce.outcomes;

/**
 * A share of people, {@code count} of {@code of}. Shown with its denominator; masked when the denominator is fewer
 * than {@link #SMALLEST_SHOWN} people, so that nobody can be recognised in a small cell.
 */
public record Share(int count, int of) {

    /** The fewest people a figure is shown for. */
    public static final int SMALLEST_SHOWN = 5;

    /** Whether there is no one to take a share of. */
    public boolean empty() {
        return of == 0;
    }

    /** Whether the share is hidden: too few people to show it without pointing at someone. */
    public boolean masked() {
        return of > 0 && of < SMALLEST_SHOWN;
    }

    /** The share in percent, rounded to one decimal; only for a share that is shown. */
    public double percent() {
        return Math.round(1000.0 * count / of) / 10.0;
    }
}
