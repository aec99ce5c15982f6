package vn.tuyenquang.workforce.people;

public enum Sex {
    MALE,
    FEMALE
}
