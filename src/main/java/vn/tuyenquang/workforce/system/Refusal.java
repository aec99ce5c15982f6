package vn.tuyenquang.workforce.system;

/**
 * A request refused for a reason the person can put right: the message key says why (in their
 * language), the field, where known, says where. Forms show it beside that field, imports in the row's
 * report line.
 */
public class Refusal extends RuntimeException {

    private final String messageKey;
    private final String field;

    protected Refusal(String messageKey, String field) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.field = field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form or file field at fault, or null when the refusal concerns the request as a whole. */
    public String field() {
        return field;
    }
}
