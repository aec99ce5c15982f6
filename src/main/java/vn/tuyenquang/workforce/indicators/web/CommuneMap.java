package vn.tuyenquang.workforce.indicators.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The 124 communes' boundaries (reference/tuyen-quang-communes.geojson, provenance in SOURCES.md) as SVG paths,
 * drawn on the server: no tile server, nothing fetched by the browser. Longitude is scaled by the cosine of the
 * province's mean latitude (22.2°), so the province keeps its shape; the drawing is {@link #WIDTH} units wide.
 */
@Component
class CommuneMap {

    static final int WIDTH = 1000;
    private static final String BOUNDARIES = "reference/tuyen-quang-communes.geojson";
    private static final double LONGITUDE_SCALE = Math.cos(Math.toRadians(22.2));

    /** The map as a page draws it: its size in SVG units and each commune's path, by code. */
    record Drawing(int width, int height, Map<String, String> paths) {
    }

    private final Drawing drawing;

    CommuneMap(ObjectMapper json) {
        JsonNode features;
        try (InputStream in = new ClassPathResource(BOUNDARIES).getInputStream()) {
            features = json.readTree(in).get("features");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BOUNDARIES, e);
        }
        double minLon = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE, minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE;
        for (JsonNode point : points(features)) {
            minLon = Math.min(minLon, point.get(0).asDouble());
            maxLon = Math.max(maxLon, point.get(0).asDouble());
            minLat = Math.min(minLat, point.get(1).asDouble());
            maxLat = Math.max(maxLat, point.get(1).asDouble());
        }
        double scale = WIDTH / ((maxLon - minLon) * LONGITUDE_SCALE);
        int height = (int) Math.ceil((maxLat - minLat) * scale);
        Map<String, String> drawn = new LinkedHashMap<>();
        for (JsonNode feature : features) {
            StringBuilder d = new StringBuilder();
            for (JsonNode polygon : feature.get("geometry").get("coordinates")) {
                for (JsonNode ring : polygon) {
                    for (int i = 0; i < ring.size(); i++) {
                        double x = (ring.get(i).get(0).asDouble() - minLon) * LONGITUDE_SCALE * scale;
                        double y = (maxLat - ring.get(i).get(1).asDouble()) * scale;
                        d.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
                    }
                    d.append('Z');
                }
            }
            drawn.put(feature.get("properties").get("code").asText(), d.toString());
        }
        this.drawing = new Drawing(WIDTH, height, Map.copyOf(drawn));
    }

    Drawing drawing() {
        return drawing;
    }

    private static Iterable<JsonNode> points(JsonNode features) {
        java.util.List<JsonNode> all = new java.util.ArrayList<>();
        features.forEach(f -> f.get("geometry").get("coordinates")
                .forEach(polygon -> polygon.forEach(ring -> ring.forEach(all::add))));
        return all;
    }
}
