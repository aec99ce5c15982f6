package vn.tuyenquang.workforce.indicators.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
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
                    // In tenths of a unit: the first point where it is, each next one as a step from the last (the
                    // path's text is about half as long as with every point written in full).
                    long lastX = 0;
                    long lastY = 0;
                    boolean stepped = false;
                    for (int i = 0; i < ring.size(); i++) {
                        long x = Math.round((ring.get(i).get(0).asDouble() - minLon) * LONGITUDE_SCALE * scale * 10);
                        long y = Math.round((maxLat - ring.get(i).get(1).asDouble()) * scale * 10);
                        if (i == 0) {
                            d.append('M').append(tenths(x)).append(',').append(tenths(y));
                        } else if (x != lastX || y != lastY) {
                            if (!stepped) {
                                d.append('l');
                                stepped = true;
                            }
                            step(d, x - lastX);
                            step(d, y - lastY);
                        }
                        lastX = x;
                        lastY = y;
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

    /** A number of tenths as SVG writes it shortest: 12 as 1.2, 5 as .5, -5 as -.5, 10 as 1. */
    static String tenths(long tenths) {
        String sign = tenths < 0 ? "-" : "";
        long whole = Math.abs(tenths) / 10;
        long tenth = Math.abs(tenths) % 10;
        return sign + (tenth == 0 ? String.valueOf(whole) : (whole == 0 ? "" : String.valueOf(whole)) + "." + tenth);
    }

    /** One coordinate of a step, after the last: a minus sign separates it, otherwise a space (none after the 'l'). */
    private static void step(StringBuilder d, long tenths) {
        char last = d.charAt(d.length() - 1);
        if (tenths >= 0 && last != 'l') {
            d.append(' ');
        }
        d.append(tenths(tenths));
    }

    private static Iterable<JsonNode> points(JsonNode features) {
        java.util.List<JsonNode> all = new java.util.ArrayList<>();
        features.forEach(f -> f.get("geometry").get("coordinates")
                .forEach(polygon -> polygon.forEach(ring -> ring.forEach(all::add))));
        return all;
    }
}
