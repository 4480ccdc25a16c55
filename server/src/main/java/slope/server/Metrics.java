package slope.server;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/** Request counts and latency histograms per route, in Prometheus's text format (no client library needed). */
final class Metrics {
    private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private record Key(String method, String route, int status) {}

    private static final class Series {
        final LongAdder count = new LongAdder();
        final LongAdder[] buckets = new LongAdder[BUCKETS.length];
        final java.util.concurrent.atomic.DoubleAdder sum = new java.util.concurrent.atomic.DoubleAdder();

        Series() {
            for (int i = 0; i < buckets.length; i++) buckets[i] = new LongAdder();
        }
    }

    private final Map<Key, Series> series = new ConcurrentHashMap<>();
    private final LongSupplier snippetsStored;
    private final RunApi runs;

    Metrics(LongSupplier snippetsStored, RunApi runs) {
        this.snippetsStored = snippetsStored;
        this.runs = runs;
    }

    void record(String method, String route, int status, double seconds) {
        Series s = series.computeIfAbsent(new Key(method, route, status), k -> new Series());
        s.count.increment();
        s.sum.add(seconds);
        for (int i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]) s.buckets[i].increment();
    }

    String render() {
        StringBuilder out = new StringBuilder();
        Map<String, Series> sorted = new TreeMap<>();
        series.forEach((k, v) -> sorted.put(
                "method=\"" + k.method() + "\",route=\"" + escape(k.route()) + "\",status=\"" + k.status() + "\"", v));
        out.append("# HELP slope_http_requests_total HTTP requests answered, by method, route and status.\n");
        out.append("# TYPE slope_http_requests_total counter\n");
        sorted.forEach((labels, s) -> out.append("slope_http_requests_total{").append(labels).append("} ")
                .append(s.count.sum()).append('\n'));
        out.append("# HELP slope_http_request_duration_seconds Time to answer an HTTP request.\n");
        out.append("# TYPE slope_http_request_duration_seconds histogram\n");
        sorted.forEach((labels, s) -> {
            for (int i = 0; i < BUCKETS.length; i++) {
                out.append("slope_http_request_duration_seconds_bucket{").append(labels).append(",le=\"")
                        .append(BUCKETS[i]).append("\"} ").append(s.buckets[i].sum()).append('\n');
            }
            out.append("slope_http_request_duration_seconds_bucket{").append(labels).append(",le=\"+Inf\"} ")
                    .append(s.count.sum()).append('\n');
            out.append("slope_http_request_duration_seconds_sum{").append(labels).append("} ").append(s.sum.sum()).append('\n');
            out.append("slope_http_request_duration_seconds_count{").append(labels).append("} ").append(s.count.sum()).append('\n');
        });
        out.append("# HELP slope_snippets_stored Snippets in the store.\n");
        out.append("# TYPE slope_snippets_stored gauge\n");
        out.append("slope_snippets_stored ").append(snippetsStored.getAsLong()).append('\n');
        out.append("# HELP slope_runs_total Server runs by outcome (completed, failed inside the server, rejected with 429).\n");
        out.append("# TYPE slope_runs_total counter\n");
        out.append("slope_runs_total{outcome=\"completed\"} ").append(runs.completed.sum()).append('\n');
        out.append("slope_runs_total{outcome=\"failed\"} ").append(runs.failed.sum()).append('\n');
        out.append("slope_runs_total{outcome=\"rejected\"} ").append(runs.rejected.sum()).append('\n');
        out.append("# HELP slope_runs_running Server runs executing now.\n# TYPE slope_runs_running gauge\n");
        out.append("slope_runs_running ").append(runs.running()).append('\n');
        out.append("# HELP slope_run_queue_length Server runs waiting for a worker.\n# TYPE slope_run_queue_length gauge\n");
        out.append("slope_run_queue_length ").append(runs.queueLength()).append('\n');
        return out.toString();
    }

    private static String escape(String label) {
        return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
