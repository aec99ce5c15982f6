package vn.tuyenquang.workforce.matching;

import java.util.List;

/**
 * One candidate found for a vacancy, as an employer may see them before the candidate agrees to be
 * contacted: masked, with why they were found.
 *
 * @param occupationMatch  {@code EXACT} when a qualification is in the vacancy's occupation, {@code GROUP}
 *                         when only in its 3-digit group
 * @param level            the level of the qualification that matched
 * @param verified         whether that qualification is a centre's certificate (else declared in a survey)
 * @param distanceKm       from the workplace to the centre of the candidate's commune, rounded to the km
 * @param matchedSkills    the candidate's skills with the words that matched marked by «»
 * @param lastTrainedOn    the day their most recent training ended, ISO, or null
 */
public record CandidateMatch(String personId, String maskedName, String ageBand, String communeCode,
                             String occupationMatch, String occupationCode, String level, boolean verified,
                             Long distanceKm, List<String> matchedSkills, String lastTrainedOn,
                             double score) {
}
