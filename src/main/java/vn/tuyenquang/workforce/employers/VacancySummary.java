package vn.tuyenquang.workforce.employers;

/** A vacancy and its employer's name: no personal data, so other modules may show it to anyone in scope of it. */
public record VacancySummary(Vacancy vacancy, String employerName) {
}
