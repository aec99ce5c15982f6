package vn.tuyenquang.workforce.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every word shown exists in both languages, with the same blanks to fill ({0}, {1}, …). */
class MessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    @Test
    void vietnameseAndEnglishHaveTheSameKeysAndTheSameArguments() throws IOException {
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");

        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
        for (String key : vi.stringPropertyNames()) {
            assertThat(arguments(en.getProperty(key))).as(key).isEqualTo(arguments(vi.getProperty(key)));
        }
    }

    /**
     * The audit trail names each changed field in the reader's words: every field an audit call records (the keys of
     * its maps, ids aside) has a name in the messages, so that no page shows "labourStatusSince".
     */
    @Test
    void everyFieldTheAuditTrailRecordsHasAName() throws IOException {
        Properties vi = load("messages_vi.properties");
        Pattern call = Pattern.compile("audit\\.(changed|created|deleted)\\((.*?)\\);", Pattern.DOTALL);
        Pattern mapKey = Pattern.compile("Map\\.of\\(([^;]*)");
        Pattern key = Pattern.compile("\"([a-z][a-zA-Z]*)\"\\s*,");
        TreeSet<String> unnamed = new TreeSet<>();
        try (var sources = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher calls = call.matcher(java.nio.file.Files.readString(source));
                while (calls.find()) {
                    Matcher maps = mapKey.matcher(calls.group(2));
                    while (maps.find()) {
                        Matcher keys = key.matcher(maps.group(1));
                        while (keys.find()) {
                            String field = keys.group(1);
                            boolean anId = field.equals("id") || field.endsWith("Id");
                            if (!anId && vi.getProperty("audit.field." + field) == null) {
                                unnamed.add(source.getFileName() + ": " + field);
                            }
                        }
                    }
                }
            }
        }
        assertThat(unnamed).isEmpty();
    }

    private static TreeSet<String> arguments(String message) {
        TreeSet<String> found = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(message);
        while (argument.find()) {
            found.add(argument.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties messages = new Properties();
        try (var in = new InputStreamReader(MessagesTest.class.getClassLoader().getResourceAsStream(name),
                StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages;
    }
}
