package vn.tuyenquang.workforce.employers;

/** The places still open (posted, less those already filled) of an occupation in a commune of the workplace. */
public record Demand(String occupationCode, String communeCode, long headcount) {
}
