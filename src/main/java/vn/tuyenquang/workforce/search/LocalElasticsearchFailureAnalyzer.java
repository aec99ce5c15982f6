package vn.tuyenquang.workforce.search;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed local search-engine start into Spring Boot's short "APPLICATION FAILED TO START" report. */
class LocalElasticsearchFailureAnalyzer extends AbstractFailureAnalyzer<LocalElasticsearchException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LocalElasticsearchException cause) {
        String description = cause.getMessage()
                + (cause.logFile() == null ? "" : System.lineSeparator() + "Its log: " + cause.logFile());
        return new FailureAnalysis(description, cause.action(), cause);
    }
}
