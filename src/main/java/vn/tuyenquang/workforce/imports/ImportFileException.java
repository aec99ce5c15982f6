package vn.tuyenquang.workforce.imports;

import java.util.List;

/** A file that is not a file of this kind at all: refused at upload, with one message. */
public class ImportFileException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    ImportFileException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
