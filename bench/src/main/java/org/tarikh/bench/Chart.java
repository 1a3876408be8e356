package org.tarikh.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

/** The run over time, four panels: throughput, POST→queryable latency, queue depths, CPU of each process. */
final class Chart {

    private Chart() {
    }

    static void write(Path png, List<Sampler.Sample> samples, List<Bench.Post> posts, Watcher watcher, String scenario)
            throws IOException {
        List<XYChart> charts = new ArrayList<>();
        if (samples.size() < 2) {
            return;
        }
        XYChart throughput = chart("Throughput (" + scenario + "): articles per second (left), messages per second (right)",
                "articles per second");
        series(throughput, "articles posted", samples, s -> s.posted());
        series(throughput, "articles queryable", samples, s -> s.completed());
        for (String ex : samples.get(samples.size() - 1).tapped().keySet()) {
            XYSeries hop = series(throughput, "messages on " + ex, samples,
                    s -> s.tapped().containsKey(ex) ? s.tapped().get(ex)[0] : 0);
            if (hop != null) {
                hop.setYAxisGroup(1); // ten or more messages per article: their own scale
            }
        }
        throughput.setYAxisGroupTitle(1, "messages per second");
        charts.add(throughput);

        XYChart latency = chart("POST -> queryable, by the time it became queryable", "ms");
        latency.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        latency.getStyler().setMarkerSize(3);
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        synchronized (posts) {
            for (Bench.Post p : posts) {
                Double t = p.articleId == null ? null : watcher.completedAt(p.articleId);
                if (t != null && !p.alreadyComplete) {
                    x.add(Math.max(t, p.acceptedMs) / 1000);
                    y.add(Math.max(t, p.acceptedMs) - p.sentMs);
                }
            }
        }
        if (!x.isEmpty()) {
            latency.addSeries("article", x, y);
        }
        charts.add(latency);

        XYChart depth = chart("Queue depth (ready messages)", "messages");
        for (String q : samples.get(0).depths().keySet()) {
            List<Double> t = new ArrayList<>();
            List<Double> d = new ArrayList<>();
            for (Sampler.Sample s : samples) {
                t.add(s.t() / 1000);
                d.add((double) Math.max(0, s.depths().getOrDefault(q, 0L)));
            }
            depth.addSeries(q, t, d);
        }
        charts.add(depth);

        double load = samples.stream().mapToDouble(Sampler.Sample::load1).filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN);
        XYChart cpu = chart(String.format("CPU of each process (%% of one core); machine load average %.1f on %d cores", load,
                Runtime.getRuntime().availableProcessors()), "%");
        for (String proc : samples.get(0).processes().keySet()) {
            series(cpu, proc, samples, s -> s.processes().get(proc).cpuSeconds() * 100);
        }
        charts.add(cpu);
        BitmapEncoder.saveBitmap(charts, charts.size(), 1, png.toString().replaceAll("\\.png$", ""),
                BitmapEncoder.BitmapFormat.PNG);
    }

    private static XYChart chart(String title, String y) {
        XYChart c = new XYChartBuilder().width(1100).height(300).title(title).xAxisTitle("seconds since start")
                .yAxisTitle(y).build();
        c.getStyler().setMarkerSize(0);
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        return c;
    }

    /** The per-second rate of a counter over the samples. */
    private static XYSeries series(XYChart chart, String name, List<Sampler.Sample> samples,
            java.util.function.ToDoubleFunction<Sampler.Sample> counter) {
        List<Double> t = new ArrayList<>();
        List<Double> v = new ArrayList<>();
        for (int i = 1; i < samples.size(); i++) {
            Sampler.Sample a = samples.get(i - 1);
            Sampler.Sample b = samples.get(i);
            double dt = (b.t() - a.t()) / 1000;
            double ca = counter.applyAsDouble(a);
            double cb = counter.applyAsDouble(b);
            if (dt > 0 && ca >= 0 && cb >= 0) {
                t.add(b.t() / 1000);
                v.add(Math.max(0, (cb - ca) / dt));
            }
        }
        return t.isEmpty() ? null : chart.addSeries(name, t, v);
    }
}
