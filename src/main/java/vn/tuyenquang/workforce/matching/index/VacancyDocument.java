package vn.tuyenquang.workforce.matching.index;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A vacancy as the {@code vacancies} index holds it (index-config/vacancies-v1.json): what a job board
 * would show, nothing personal. The workplace is its own coordinates, else its commune's centre.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VacancyDocument(String vacancyId, String employerId, String employerName, String title, String titleFolded,
                       String occupationCode, String occupationGroup, String minLevel, Integer minLevelOrdinal,
                       String skills, String skillsFolded, int headcount, long payMinVnd, long payMaxVnd,
                       String communeCode, String industrialPark, CandidateDocument.GeoPoint location, String deadline,
                       String status, String updatedAt) {
}
