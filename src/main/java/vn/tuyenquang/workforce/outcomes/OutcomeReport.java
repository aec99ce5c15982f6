package vn.tuyenquang.workforce.outcomes;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcomes of the learners who completed a course in {@code year}, employment as the register knew it on
 * {@code asOf}: centres ranked, then courses ranked, best employed share six months on first.
 */
public record OutcomeReport(int year, LocalDate asOf, List<Outcome> centres, List<Outcome> courses) {
}
