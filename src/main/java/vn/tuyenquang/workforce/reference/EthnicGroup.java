package vn.tuyenquang.workforce.reference;

/** One of Vietnam's 54 ethnic groups, coded in the order of the GSO list (01 Kinh … 54 Ơ Đu). */
public record EthnicGroup(String code, String name, String nameQcvn109) {
}
