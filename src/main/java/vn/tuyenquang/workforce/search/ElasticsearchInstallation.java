package vn.tuyenquang.workforce.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * An unpacked, read-only copy of the Elasticsearch distribution zip that Maven resolved. Shared by every
 * instance of the same version on this machine and unpacked once, atomically, so a half-written copy
 * is never used.
 */
final class ElasticsearchInstallation {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchInstallation.class);

    private ElasticsearchInstallation() {
    }

    /** Returns the home folder of the installed distribution, unpacking the zip on first use. */
    static Path install(Path distributionZip, Path installRoot) {
        if (!Files.isRegularFile(distributionZip)) {
            throw new LocalElasticsearchException(
                    "The Elasticsearch distribution was not found at " + distributionZip.toAbsolutePath() + ".",
                    null,
                    "Start the application with ./mvnw spring-boot:run from the project folder (Maven downloads"
                            + " the distribution into target/elasticsearch), or set spring.elasticsearch.uris to"
                            + " an Elasticsearch server.");
        }
        try (ZipFile zip = new ZipFile(distributionZip.toFile())) {
            String topFolder = topFolderOf(zip);
            Path home = installRoot.resolve(topFolder);
            if (Files.isDirectory(home.resolve("bin"))) {
                return home;
            }
            Files.createDirectories(installRoot);
            Path staging = installRoot.resolve(".unpacking-" + UUID.randomUUID());
            log.info("Unpacking {} into {} (once per version)", distributionZip.getFileName(), home);
            unpack(zip, staging);
            try {
                Files.move(staging.resolve(topFolder), home, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException lostRace) {
                if (!Files.isDirectory(home.resolve("bin"))) {
                    throw lostRace;
                }
            } finally {
                FileSystemUtils.deleteRecursively(staging);
            }
            return home;
        } catch (IOException e) {
            throw new LocalElasticsearchException("The Elasticsearch distribution could not be unpacked into "
                    + installRoot + ": " + e.getMessage(), null,
                    "Check the free disk space and the permissions of " + installRoot + ".", e);
        }
    }

    private static String topFolderOf(ZipFile zip) throws IOException {
        return zip.stream()
                .map(entry -> entry.getName().split("/", 2)[0])
                .filter(name -> name.startsWith("elasticsearch-"))
                .findFirst()
                .orElseThrow(() -> new IOException("the zip holds no elasticsearch-<version> folder"));
    }

    private static void unpack(ZipFile zip, Path target) throws IOException {
        for (ZipEntry entry : zip.stream().toList()) {
            Path destination = target.resolve(entry.getName()).normalize();
            if (!destination.startsWith(target)) {
                throw new IOException("unsafe entry " + entry.getName());
            }
            if (entry.isDirectory()) {
                Files.createDirectories(destination);
                continue;
            }
            Files.createDirectories(destination.getParent());
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, destination);
            }
            if (isLauncherScript(entry.getName())) {
                Files.setPosixFilePermissions(destination, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    // Zip entries lose their Unix modes through java.util.zip; only the launcher scripts need to run.
    private static boolean isLauncherScript(String name) {
        return name.matches("[^/]+/bin/[^/.]+");
    }
}
