package org.tarikh.timeline.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tarikh.timeline.chronology.ChronologyEvent;
import org.tarikh.timeline.chronology.EntityRef;
import org.tarikh.timeline.chronology.EventSource;

/**
 * The events that have coordinates (their place's, else a participant's) as an RFC 7946 FeatureCollection of
 * points; events without coordinates are left out, and {@code skipped} counts them.
 */
public final class GeoJsonExport {

    private GeoJsonExport() {
    }

    public static Map<String, Object> render(List<ChronologyEvent> events) {
        List<Map<String, Object>> features = new ArrayList<>();
        int skipped = 0;
        for (ChronologyEvent e : events) {
            EntityRef at = e.located();
            if (at == null) {
                skipped++;
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", e.id());
            properties.put("date", e.date());
            properties.put("earliest", e.firstDay());
            properties.put("latest", e.lastDay());
            properties.put("precision", e.precision());
            properties.put("type", e.type());
            properties.put("summary", e.summary());
            properties.put("killed", e.killed());
            properties.put("killedAtLeast", e.killedAtLeastFlag());
            properties.put("injured", e.injured());
            properties.put("injuredAtLeast", e.injuredAtLeastFlag());
            properties.put("place", at.name());
            properties.put("placeKey", at.key());
            properties.put("located", "PLACE".equals(at.role()) ? "place" : "participant");
            properties.put("entities", e.entities().stream().map(EntityRef::key).toList());
            properties.put("articles", e.sources().stream().map(EventSource::articleId).distinct().toList());
            properties.put("sourceCount", e.sourcesTotal());
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", e.id());
            feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(at.lon(), at.lat())));
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        collection.put("skipped", skipped);
        return collection;
    }
}
