package vn.tuyenquang.workforce.training;

/** The orders the list of centres can be shown in. */
public enum CentreOrder {

    NAME("name_folded, id"),
    CODE("code, id"),
    NEWEST("created_at desc, id");

    final String orderBy;

    CentreOrder(String orderBy) {
        this.orderBy = orderBy;
    }
}
