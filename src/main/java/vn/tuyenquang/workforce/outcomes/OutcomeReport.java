package vn.tuyenquang.workforce.outcomes;

import java.time.LocalDate;
import java.util.List;

import vn.tuyenquang.workforce.training.TrainingCentre;

/**
 * The outcomes of the learners who completed a course in {@code year}, employment as the register knew it on
 * {@code asOf}: centres ranked, then courses ranked, best employed share six months on first; and who trained them
 * (resolution IV.7d), by the ownership of their centres.
 */
public record OutcomeReport(int year, LocalDate asOf, List<Outcome> centres, List<Outcome> courses,
                            List<ByOwnership> owners) {

    /**
     * The year's completers at centres of one ownership (null: not said yet): their share of all the year's completers,
     * the share employed six months on and the share hired in the trade, as for a centre.
     */
    public record ByOwnership(TrainingCentre.Ownership ownership, Share ofCompleters, Share employedAt6Months,
                              Share hiredInTrade) {
    }
}
