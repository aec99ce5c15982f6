package vn.tuyenquang.workforce.outcomes;

import java.util.UUID;

/**
 * The outcomes of one centre or one course for the learners who completed in the period. Each share carries its own
 * denominator: all completers for the certified share; those whose six (twelve) months have passed for the employed
 * shares; those hired through the application after completing for the in-trade share and the time to a hire.
 */
public record Outcome(UUID centreId, String centreName, UUID courseId, String courseCode, String courseName,
                      String occupationCode, int completers, Share certified, Share employedAt6Months,
                      Share employedAt12Months, Share hiredInTrade, Double medianDaysToHire) {

    /** The median time to a hire, when enough people were hired to show it. */
    public boolean medianShown() {
        return medianDaysToHire != null && !hiredInTrade.masked();
    }
}
