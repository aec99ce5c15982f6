package vn.tuyenquang.workforce.imports;

import vn.tuyenquang.workforce.system.Refusal;

/**
 * A file that is not a file of this kind at all: refused at upload, with one message (its key, and a
 * detail such as the missing columns, shown as the message's argument). An unknown import is refused the
 * same way, and its key ending in {@code .notFound} makes it a 404.
 */
public class ImportFileException extends Refusal {

    private final String detail;

    ImportFileException(String messageKey) {
        this(messageKey, "");
    }

    ImportFileException(String messageKey, String detail) {
        super(messageKey, null);
        this.detail = detail;
    }

    public String detail() {
        return detail;
    }
}
