package vn.tuyenquang.workforce.accounts;

/** A request about an account that cannot be carried out; carries the message key and the form field. */
public class AccountException extends RuntimeException {

    private final String messageKey;
    private final String field;

    AccountException(String messageKey, String field) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }
}
