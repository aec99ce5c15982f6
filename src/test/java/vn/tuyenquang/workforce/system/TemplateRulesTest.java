package vn.tuyenquang.workforce.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Rules every template keeps: user data is always escaped, and nothing inline that the content security
 * policy (no inline scripts or styles) would silently block in the browser.
 */
class TemplateRulesTest {

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            return files.filter(f -> f.toString().endsWith(".html")).toList();
        }
    }

    /**
     * No template writes unescaped text, except the dashboard's two parts that ReportPages renders from the templates
     * themselves (escaped there) once per report and serves as text: named here, so that no other can join them.
     */
    @Test
    void noTemplateWritesUnescapedText() throws IOException {
        for (Path template : templates()) {
            String text = Files.readString(template);
            if (template.endsWith(Path.of("indicators", "dashboard.html"))) {
                text = text.replace("th:utext=\"${renderedMap}\"", "").replace("th:utext=\"${renderedTables}\"", "");
            }
            assertThat(text).as(template.toString()).doesNotContain("th:utext");
        }
    }

    @Test
    void noTemplateUsesInlineStylesOrScripts() throws IOException {
        for (Path template : templates()) {
            assertThat(Files.readString(template)).as(template.toString())
                    .doesNotContain(" style=").doesNotContain("th:style").doesNotContain(" onclick=")
                    .doesNotContainPattern("<script>(?s).*</script>");
        }
    }

    /**
     * A fragment named like an element ({@code fields :: select}) also selects every such element of its file: the
     * fields' file holds no other select than the fragment's own, or every form with a choice would show (and post)
     * the others' too, empty (a vacancy's workplace was lost to it once).
     */
    @Test
    void theFieldsFileHoldsNoSelectButTheSelectFragments() throws IOException {
        String fields = Files.readString(Path.of("src/main/resources/templates/fragments/fields.html"));
        assertThat(fields.split("<select", -1)).hasSize(2);
    }
}
