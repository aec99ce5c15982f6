package vn.tuyenquang.workforce.training;

/**
 * A centre added a course (published in the transaction that records it): its name is what people call the trade it
 * trains for, the VSCO 2020 occupation {@code occupationCode}.
 */
public record CourseAdded(String name, String occupationCode) {
}
