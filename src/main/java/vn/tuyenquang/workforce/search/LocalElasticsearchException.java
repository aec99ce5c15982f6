package vn.tuyenquang.workforce.search;

import java.nio.file.Path;

/**
 * The local search engine could not be installed or started. Carries what to tell the person who ran
 * the application: what failed, where its log is, and what to do.
 */
public class LocalElasticsearchException extends RuntimeException {

    private final Path logFile;
    private final String action;

    LocalElasticsearchException(String problem, Path logFile, String action) {
        super(problem);
        this.logFile = logFile;
        this.action = action;
    }

    LocalElasticsearchException(String problem, Path logFile, String action, Throwable cause) {
        super(problem, cause);
        this.logFile = logFile;
        this.action = action;
    }

    public Path logFile() {
        return logFile;
    }

    public String action() {
        return action;
    }
}
