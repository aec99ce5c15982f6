package vn.tuyenquang.workforce.employers;

import java.time.Instant;

/** A vacancy as the vacancies index is built from: with its employer's name and the time of its last change. */
public record IndexedVacancy(Vacancy vacancy, String employerName, Instant updatedAt) {
}
