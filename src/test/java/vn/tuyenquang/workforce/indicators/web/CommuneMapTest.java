package vn.tuyenquang.workforce.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The map's paths, written short, still draw every boundary point of the reference file where it belongs. */
class CommuneMapTest {

    private static final Pattern COMMAND = Pattern.compile("[MlZ]|-?(?:\\d+\\.?\\d*|\\.\\d+)");

    @Test
    void everyCommunesPathReadBackGivesEveryBoundaryPointToATenthOfAUnit() throws Exception {
        CommuneMap.Drawing drawing = new CommuneMap(new ObjectMapper()).drawing();
        JsonNode features;
        try (InputStream in = new ClassPathResource("reference/tuyen-quang-communes.geojson").getInputStream()) {
            features = new ObjectMapper().readTree(in).get("features");
        }
        assertThat(drawing.paths()).hasSize(124);
        List<double[]> all = new ArrayList<>();
        features.forEach(f -> f.get("geometry").get("coordinates").forEach(polygon -> polygon.forEach(ring ->
                ring.forEach(point -> all.add(new double[]{point.get(0).asDouble(), point.get(1).asDouble()})))));
        double minLon = all.stream().mapToDouble(p -> p[0]).min().orElseThrow();
        double maxLon = all.stream().mapToDouble(p -> p[0]).max().orElseThrow();
        double maxLat = all.stream().mapToDouble(p -> p[1]).max().orElseThrow();
        double cos = Math.cos(Math.toRadians(22.2));
        double scale = CommuneMap.WIDTH / ((maxLon - minLon) * cos);

        for (JsonNode feature : features) {
            List<double[]> drawn = readBack(drawing.paths().get(feature.get("properties").get("code").asText()));
            List<double[]> expected = new ArrayList<>();
            for (JsonNode polygon : feature.get("geometry").get("coordinates")) {
                for (JsonNode ring : polygon) {
                    for (JsonNode point : ring) {
                        double[] at = {(point.get(0).asDouble() - minLon) * cos * scale,
                                (maxLat - point.get(1).asDouble()) * scale};
                        // A point that rounds to where the last one was is not written again.
                        if (expected.isEmpty() || !sameTenth(expected.get(expected.size() - 1), at) || point == ring.get(0)) {
                            expected.add(at);
                        }
                    }
                }
            }
            assertThat(drawn).hasSameSizeAs(expected);
            for (int i = 0; i < drawn.size(); i++) {
                assertThat(drawn.get(i)[0]).isCloseTo(expected.get(i)[0], org.assertj.core.data.Offset.offset(0.051));
                assertThat(drawn.get(i)[1]).isCloseTo(expected.get(i)[1], org.assertj.core.data.Offset.offset(0.051));
            }
        }
    }

    @Test
    void aNumberOfTenthsIsWrittenAsShortAsSvgReadsIt() {
        assertThat(CommuneMap.tenths(12)).isEqualTo("1.2");
        assertThat(CommuneMap.tenths(5)).isEqualTo(".5");
        assertThat(CommuneMap.tenths(-5)).isEqualTo("-.5");
        assertThat(CommuneMap.tenths(10)).isEqualTo("1");
        assertThat(CommuneMap.tenths(0)).isEqualTo("0");
        assertThat(CommuneMap.tenths(-1234)).isEqualTo("-123.4");
    }

    private static boolean sameTenth(double[] a, double[] b) {
        return Math.round(a[0] * 10) == Math.round(b[0] * 10) && Math.round(a[1] * 10) == Math.round(b[1] * 10);
    }

    /** The absolute points of a path of M x,y, then relative l steps, rings closed by Z. */
    private static List<double[]> readBack(String d) {
        List<double[]> points = new ArrayList<>();
        Matcher m = COMMAND.matcher(d);
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            tokens.add(m.group());
        }
        double x = 0;
        double y = 0;
        char mode = 'M';
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals("M") || t.equals("l") || t.equals("Z")) {
                mode = t.charAt(0);
                continue;
            }
            double a = Double.parseDouble(t);
            double b = Double.parseDouble(tokens.get(++i));
            x = mode == 'M' ? a : x + a;
            y = mode == 'M' ? b : y + b;
            points.add(new double[]{x, y});
        }
        return points;
    }
}
