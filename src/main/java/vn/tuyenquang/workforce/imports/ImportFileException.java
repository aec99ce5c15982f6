package vn.tuyenquang.workforce.imports;

/**
 * A file that is not a file of this kind at all: refused at upload, with one message (its key, and a
 * detail such as the missing columns, shown as the message's argument).
 */
public class ImportFileException extends RuntimeException {

    private final String messageKey;
    private final String detail;

    ImportFileException(String messageKey) {
        this(messageKey, "");
    }

    ImportFileException(String messageKey, String detail) {
        super(messageKey);
        this.messageKey = messageKey;
        this.detail = detail;
    }

    public String messageKey() {
        return messageKey;
    }

    public String detail() {
        return detail;
    }
}
