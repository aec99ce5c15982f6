package vn.tuyenquang.workforce.system;

/**
 * A request refused for a reason the person can put right: the message key says why (in their
 * language), the field, where known, says where. Forms show it beside that field, imports in the row's
 * report line.
 */
public class Refusal extends RuntimeException {

    private final String messageKey;
    private final String field;
    /** What the message names ({0}, {1} …): the character at fault, say. */
    private final Object[] arguments;
    /** Every refusal found with this one, this one first (a form checked whole); empty when it is alone. */
    private final java.util.List<Refusal> together;

    protected Refusal(String messageKey, String field) {
        this(messageKey, field, java.util.List.of());
    }

    protected Refusal(String messageKey, String field, Object[] arguments) {
        this(messageKey, field, java.util.List.of(), arguments);
    }

    protected Refusal(String messageKey, String field, java.util.List<? extends Refusal> together) {
        this(messageKey, field, together, new Object[0]);
    }

    private Refusal(String messageKey, String field, java.util.List<? extends Refusal> together, Object[] arguments) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.field = field;
        this.together = java.util.List.copyOf(together);
        this.arguments = arguments.clone();
    }

    /** Throws the first of {@code found}, carrying all of them ({@link #all()}); nothing when there is none. */
    public static void throwIfAny(java.util.List<? extends Refusal> found) {
        if (found.size() == 1) {
            throw found.get(0);
        }
        if (!found.isEmpty()) {
            throw new Refusal(found.get(0).messageKey(), found.get(0).field(), found);
        }
    }

    /** This refusal and every other found with it, so that a form shows all its mistakes at once. */
    public java.util.List<Refusal> all() {
        return together.isEmpty() ? java.util.List.of(this) : together;
    }

    public String messageKey() {
        return messageKey;
    }

    /** What the message names, in the order of its placeholders. */
    public Object[] arguments() {
        return arguments.clone();
    }

    /** The form or file field at fault, or null when the refusal concerns the request as a whole. */
    public String field() {
        return field;
    }
}
