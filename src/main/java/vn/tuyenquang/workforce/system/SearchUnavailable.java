package vn.tuyenquang.workforce.system;

/**
 * The search engine did not answer (stopped, unreachable, its index missing): the pages that need it say so
 * with 503 and what the user can still do, the API with a 503 problem detail. Nothing else depends on it.
 */
public class SearchUnavailable extends RuntimeException {

    public static final String MESSAGE_KEY = "search.unavailable";

    public SearchUnavailable(Throwable cause) {
        super("the search engine did not answer", cause);
    }
}
