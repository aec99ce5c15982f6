package vn.tuyenquang.workforce.search;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the local search engine, used only when {@code spring.elasticsearch.uris} is not set.
 *
 * @param enabled        start a local engine when no external one is configured
 * @param distribution   the distribution zip that Maven copies beside the build
 * @param installRoot    where unpacked distributions are kept, shared by all checkouts on the machine
 * @param directory      this application's engine folder (config, data, logs); survives restarts
 * @param heap           the engine's JVM heap
 * @param startupTimeout how long to wait for it to answer healthy
 * @param serviceUser    the unprivileged account the engine runs as when the application runs as root
 */
@Validated
@ConfigurationProperties("workforce.elasticsearch.local")
record LocalElasticsearchProperties(
        @DefaultValue("true") boolean enabled,
        @NotNull @DefaultValue("target/elasticsearch/elasticsearch-distribution.zip") Path distribution,
        @NotNull @DefaultValue("/var/tmp/tq-workforce-elasticsearch") Path installRoot,
        @NotNull @DefaultValue("data/elasticsearch") Path directory,
        @NotBlank @DefaultValue("512m") String heap,
        @NotNull @DefaultValue("120s") Duration startupTimeout,
        @NotBlank @DefaultValue("nobody") String serviceUser) {

    LocalElasticsearch.Settings settings() {
        return new LocalElasticsearch.Settings(distribution, installRoot, directory, heap, startupTimeout, serviceUser);
    }
}
