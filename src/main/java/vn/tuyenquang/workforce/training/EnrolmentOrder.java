package vn.tuyenquang.workforce.training;

/** The orders a course's learners can be shown in. */
public enum EnrolmentOrder {

    ENROLLED("e.enrolled_on, e.id"),
    NAME("p.full_name_folded, e.id"),
    STATUS("e.status, p.full_name_folded, e.id"),
    /** The latest certificates first; learners without one after them. */
    CERTIFIED("c.issued_on desc nulls last, p.full_name_folded, e.id");

    final String orderBy;

    EnrolmentOrder(String orderBy) {
        this.orderBy = orderBy;
    }
}
