package org.tarikh.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Percentiles by the nearest-rank method over all samples (no histogram buckets). */
final class Stats {

    private Stats() {
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** n, p50, p95, p99, max of the values (milliseconds in, milliseconds out, rounded to 0.1). */
    static Map<String, Object> summary(Collection<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", v.length);
        if (v.length > 0) {
            m.put("p50", round(percentile(v, 50)));
            m.put("p95", round(percentile(v, 95)));
            m.put("p99", round(percentile(v, 99)));
            m.put("max", round(v[v.length - 1]));
        }
        return m;
    }

    static double round(double x) {
        return Math.round(x * 10) / 10.0;
    }
}
