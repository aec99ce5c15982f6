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
