package vn.tuyenquang.workforce.orders;

import vn.tuyenquang.workforce.system.Refusal;

/** An order refused for a reason the person can put right. */
class OrderException extends Refusal {

    OrderException(String messageKey, String field) {
        super(messageKey, field);
    }
}
