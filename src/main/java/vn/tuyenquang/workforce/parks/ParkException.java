package vn.tuyenquang.workforce.parks;

import vn.tuyenquang.workforce.system.Refusal;

/** A park, or a park's mapping, refused for a reason the person can put right. */
class ParkException extends Refusal {

    ParkException(String messageKey, String field) {
        super(messageKey, field);
    }
}
