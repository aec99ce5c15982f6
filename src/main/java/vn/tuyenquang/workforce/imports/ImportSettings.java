package vn.tuyenquang.workforce.imports;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where uploaded files are kept ({@code workforce.imports.directory}; shared storage when several instances
 * run) and how long after its import ends a file is kept as evidence before it is deleted
 * ({@code workforce.imports.retention}, 90 days by default); and how many workers write one large graduates
 * file at once ({@code workforce.imports.workers}, 2 by default: on two cores, 1,000,000 rows went at 5,844
 * rows/s with two workers and 6,473 with three, but the third took the core the dashboard's readers needed while
 * files were imported, in the load test at 1.1 M persons: readers first, 10 % slower imports); and how
 * long an instance may miss its heartbeat before another takes over the imports it runs
 * ({@code workforce.imports.owner-expiry}, a minute by default); and how long each worker rests after a chunk, as
 * a multiple of the time the chunk took ({@code workforce.imports.rest}, 1 by default: while people are served, the
 * imports write one chunk at a time and are busy at most half the time, so that readers keep their speed while files
 * are imported; 0 writes as fast as the machine allows; see {@link ImportPacing}).
 */
@ConfigurationProperties("workforce.imports")
record ImportSettings(@DefaultValue("data/imports") Path directory, @DefaultValue("90d") Duration retention,
                      @DefaultValue("2") int workers, @DefaultValue("1m") Duration ownerExpiry,
                      @DefaultValue("1") double rest) {
}
