package vn.tuyenquang.workforce.accounts;

import vn.tuyenquang.workforce.system.Refusal;

/** A request about an account that cannot be carried out. */
public class AccountException extends Refusal {

    AccountException(String messageKey, String field) {
        super(messageKey, field);
    }
}
