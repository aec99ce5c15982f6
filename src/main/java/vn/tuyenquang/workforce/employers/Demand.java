package vn.tuyenquang.workforce.employers;

/** Open vacancies' headcount of an occupation in a commune of the workplace. */
public record Demand(String occupationCode, String communeCode, long headcount) {
}
