package vn.tuyenquang.workforce.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Elasticsearch refuses to run as root. When the application runs as root, the engine runs as an
 * unprivileged account instead, owning its own folders; otherwise it runs as the current user.
 */
record ServiceAccount(String user, String group) {

    static ServiceAccount current() {
        return new ServiceAccount(null, null);
    }

    static ServiceAccount forRoot(String user) {
        return new ServiceAccount(user, primaryGroupOf(user));
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    boolean switchesUser() {
        return user != null;
    }

    /** The command line that runs {@code command} as this account. */
    List<String> commandFor(List<String> command) {
        List<String> full = new ArrayList<>();
        if (switchesUser()) {
            full.addAll(List.of("setpriv", "--reuid=" + user, "--regid=" + group, "--clear-groups"));
        }
        full.addAll(command);
        return full;
    }

    /**
     * Whether this account can walk down to {@code folder}: every existing ancestor must be searchable by
     * others (root's home, for one, is not).
     */
    boolean canReach(Path folder) {
        if (!switchesUser()) {
            return true;
        }
        for (Path p = folder.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !isSearchableByOthers(p)) {
                return false;
            }
        }
        return true;
    }

    /** Gives this account ownership of {@code folder} and everything in it. */
    void takeOwnership(Path folder) throws IOException {
        if (!switchesUser()) {
            return;
        }
        UserPrincipalLookupService lookup = folder.getFileSystem().getUserPrincipalLookupService();
        var owner = lookup.lookupPrincipalByName(user);
        var ownerGroup = lookup.lookupPrincipalByGroupName(group);
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                var view = Files.getFileAttributeView(p, java.nio.file.attribute.PosixFileAttributeView.class);
                view.setOwner(owner);
                view.setGroup(ownerGroup);
            }
        }
    }

    private static boolean isSearchableByOthers(Path p) {
        try {
            return Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE);
        } catch (IOException e) {
            return false;
        }
    }

    private static String primaryGroupOf(String user) {
        try {
            Process id = new ProcessBuilder("id", "-gn", user).redirectErrorStream(true).start();
            String out = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (id.waitFor() != 0) {
                throw new LocalElasticsearchException("The account '" + user + "' that Elasticsearch should run as"
                        + " does not exist: " + out, null,
                        "Set workforce.elasticsearch.local.service-user to an existing unprivileged account.");
            }
            return out;
        } catch (IOException e) {
            throw new LocalElasticsearchException("Could not look up the account '" + user + "': " + e.getMessage(),
                    null, "Make sure the 'id' command is available.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
