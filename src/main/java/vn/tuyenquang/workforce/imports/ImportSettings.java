package vn.tuyenquang.workforce.imports;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where uploaded files are kept ({@code workforce.imports.directory}; shared storage when several instances
 * run) and how long after its import ends a file is kept as evidence before it is deleted
 * ({@code workforce.imports.retention}, 90 days by default); and how many workers write one large graduates
 * file at once ({@code workforce.imports.workers}, 2 by default: one per core of a small server).
 */
@ConfigurationProperties("workforce.imports")
record ImportSettings(@DefaultValue("data/imports") Path directory, @DefaultValue("90d") Duration retention,
                      @DefaultValue("2") int workers) {
}
