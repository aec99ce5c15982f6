package vn.tuyenquang.workforce.people;

/** How many people of working age, in the labour force, hold a certificate-level qualification in a trade, by commune. */
public record Supply(String occupationCode, String communeCode, long people) {
}
