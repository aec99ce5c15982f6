package vn.tuyenquang.workforce.abroad;

import vn.tuyenquang.workforce.system.Refusal;

/** A departure refused for a reason the person can put right. */
class DepartureException extends Refusal {

    DepartureException(String messageKey, String field) {
        super(messageKey, field);
    }
}
