package vn.tuyenquang.workforce.matching;

import java.util.List;

import vn.tuyenquang.workforce.employers.Vacancy;

/**
 * An open vacancy found for a person or for a centre's graduates, with why it was found.
 *
 * @param occupationMatch {@code EXACT} when the vacancy's occupation is one the person holds (or the centre
 *                        trains for), {@code GROUP} when only its 3-digit group is
 * @param matchedOccupationCode the occupation of what qualifies
 * @param matchedBy       what qualifies: the level of the person's qualification, or the centre's course
 * @param verified        whether that is a centre's certificate (a course, for a centre) rather than a declaration
 * @param graduates       for a centre: how many of its learners completed the course that matched
 * @param distanceKm      from the person's commune (or the centre's) to the workplace, rounded to the km
 * @param matchedSkills   the vacancy's skills with the words that matched marked by «»
 */
public record VacancyMatch(Vacancy vacancy, String employerName, String occupationMatch, String matchedOccupationCode,
                           String matchedBy,
                           boolean verified, Long graduates, Long distanceKm, List<String> matchedSkills, double score) {
}
