package vn.tuyenquang.workforce.system;

import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The years a yearly report may be asked for, from {@link #FIRST} to this year (the province's), the latest first; and
 * the year a request asks, kept within them.
 */
public final class ReportYears {

    /** The first year any report may be asked for. */
    public static final int FIRST = 2015;

    private ReportYears() {
    }

    /** Every year a report may show, the latest first. */
    public static List<Integer> choices(Clock clock) {
        int thisYear = ProvinceTime.today(clock).getYear();
        return IntStream.rangeClosed(FIRST, thisYear).map(y -> thisYear + FIRST - y).boxed().toList();
    }

    /**
     * The year asked for when it is one a report may show; otherwise this year, or last year when {@code lastYearFirst}
     * (a report of completions, whose year is rarely over).
     */
    public static int chosen(Integer year, Clock clock, boolean lastYearFirst) {
        int thisYear = ProvinceTime.today(clock).getYear();
        if (year == null || year < FIRST || year > thisYear) {
            return lastYearFirst ? thisYear - 1 : thisYear;
        }
        return year;
    }
}
