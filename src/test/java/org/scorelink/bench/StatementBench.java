package org.scorelink.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Statement resource benchmark (see docs/performance.md). Runs against a server that
 * {@code mvn -Pbench verify} has started: creates a client credential, ingests {@code bench.total} generated
 * statements in batches from concurrent keep-alive clients, then measures single-statement POSTs and the GET
 * query shapes at the final size, and prints a table with the server's peak RSS.
 *
 * <p>Not a test: it lives with the test sources only to be compiled with them and never runs in
 * {@code mvn verify} without {@code -Pbench}.
 */
public final class StatementBench {

    private static final String VERSION_HEADER = "X-Experience-API-Version";

    private final Config cfg;
    private final PrintStream out;
    private final StringBuilder report = new StringBuilder();
    private final StatementGenerator generator;
    private ServerProcess server;
    private String auth;

    private StatementBench(Config cfg, PrintStream out) {
        this.cfg = cfg;
        this.out = out;
        this.generator = new StatementGenerator(cfg.seed);
    }

    /** Every parameter is a system property with a default; see docs/performance.md. */
    record Config(String url, long total, int clients, int batch, long interval, int singles, int queries,
                  int warmupQueries, long seed, String adminKey, String adminSecret, Path wlp, String serverName,
                  Path reportFile, long jfrAt, boolean jfrQueries, int jfrSeconds, long existing, int canonicalLimit,
                  int canonicalWrites) {

        static Config fromSystemProperties() {
            return new Config(
                    prop("bench.url", "http://localhost:9480"),
                    Long.parseLong(prop("bench.total", "1000000")),
                    Integer.parseInt(prop("bench.clients", "4")),
                    Integer.parseInt(prop("bench.batch", "50")),
                    Long.parseLong(prop("bench.interval", "100000")),
                    Integer.parseInt(prop("bench.singles", "1000")),
                    Integer.parseInt(prop("bench.queries", "500")),
                    Integer.parseInt(prop("bench.warmup-queries", "50")),
                    Long.parseLong(prop("bench.seed", "20240101")),
                    prop("bench.admin-key", "admin"),
                    prop("bench.admin-secret", "bench-admin-secret"),
                    Path.of(prop("bench.wlp", "target/liberty/wlp")),
                    prop("bench.server", "scorelink-bench"),
                    Path.of(prop("bench.report", "target/bench-report.txt")),
                    Long.parseLong(prop("bench.jfr-at", "-1")),
                    Boolean.parseBoolean(prop("bench.jfr-queries", "false")),
                    Integer.parseInt(prop("bench.jfr-seconds", "60")),
                    Long.parseLong(prop("bench.existing", "0")),
                    Integer.parseInt(prop("bench.canonical-limit", "50")),
                    Integer.parseInt(prop("bench.canonical-writes", "100")));
        }

        private static String prop(String name, String dflt) {
            String v = System.getProperty(name);
            return v == null || v.isBlank() ? dflt : v.strip();
        }
    }

    public static void main(String[] args) {
        Config cfg = Config.fromSystemProperties();
        StatementBench bench = new StatementBench(cfg, System.out);
        int rc = 0;
        try {
            bench.run();
        } catch (BenchFailure e) {
            System.out.println();
            System.out.println("BENCHMARK FAILED: " + e.getMessage());
            rc = 1;
        } catch (Exception e) {
            System.out.println();
            System.out.println("BENCHMARK FAILED: " + e);
            e.printStackTrace(System.out);
            rc = 1;
        } finally {
            bench.close();
        }
        if (rc != 0) {
            // The build stops at this failure, so post-integration-test would never stop the server.
            stopServer(cfg);
        }
        System.exit(rc);
    }

    private void run() throws Exception {
        line("Scorelink Statement resource benchmark — " + ZonedDateTime.now().withNano(0));
        line(String.format(Locale.ROOT, "machine: %d cores, %s; JDK (client) %s; load average at start %s",
                Runtime.getRuntime().availableProcessors(), memTotal(), System.getProperty("java.version"),
                loadAverage()));
        server = waitForServer();
        line(String.format(Locale.ROOT, "server: pid %d, %s; heap flag %s; RSS at start %d MB", server.pid(),
                cfg.url, serverHeapFlag(), server.rssKb() / 1024));
        line(String.format(Locale.ROOT, "load: %,d statements (after %,d already stored), %d clients x batches of %d;"
                + " then %d single POSTs and %d GETs per query shape (after %d warm-up each); seed %d", cfg.total,
                cfg.existing, cfg.clients, cfg.batch, cfg.singles, cfg.queries, cfg.warmupQueries, cfg.seed));
        createClient();
        sampleSize();

        Ingest ingest = cfg.total > 0 ? ingest() : new Ingest();
        Latencies singles = singlePosts();
        Map<String, Latencies> queries = queries();
        Map<String, Latencies> canonical = cfg.canonicalLimit > 0 ? canonicalPages() : Map.of();
        long peak = server.peakRssKb();
        long errors = logErrors();

        line("");
        line("=== Results ===");
        line(String.format(Locale.ROOT, "%-52s %12s %12s", "measure", "measured", "target"));
        if (cfg.total > 0) {
            row("batch ingest, overall (st/s)", fmt(ingest.overall), ">= 2,000");
            row("batch ingest, slowest " + per() + " interval (st/s)", fmt(ingest.slowestInterval), ">= 2,000");
            row("batch ingest, last " + per() + " interval (st/s)", fmt(ingest.lastInterval), ">= 2,000");
            row("batch POST (" + cfg.batch + ") latency p50 / p95 / p99 (ms)", ms3(ingest.batches), "");
        }
        row("single POST p50 (ms)", ms(singles.percentileMs(50)), "");
        row("single POST p95 (ms)", ms(singles.percentileMs(95)), "<= 20");
        row("single POST p99 (ms)", ms(singles.percentileMs(99)), "");
        for (var e : queries.entrySet()) {
            row("GET " + e.getKey() + " p50 / p95 (ms)",
                    ms(e.getValue().percentileMs(50)) + " / " + ms(e.getValue().percentileMs(95)), "p95 <= 10");
        }
        for (var e : canonical.entrySet()) {
            row("GET " + e.getKey() + " p50 / p95 (ms)",
                    ms(e.getValue().percentileMs(50)) + " / " + ms(e.getValue().percentileMs(95)), "");
        }
        row("server peak RSS (MB)", Long.toString(peak / 1024), "<= 768");
        row("HTTP errors (non-2xx)", Long.toString(ingest.errors), "0");
        row("server log errors / deadlocks", Long.toString(errors), "0");
        line(String.format(Locale.ROOT, "statements stored at query time: %,d; server CPU %.0f s; load average at "
                + "end %s", cfg.existing + cfg.total + singles.count(), server.cpuSeconds(), loadAverage()));
        writeReport();
    }

    // ---------------------------------------------------------------- ingest

    private static final class Ingest {
        double overall;
        double slowestInterval = Double.MAX_VALUE;
        double lastInterval;
        long errors;
        final Latencies batches = new Latencies();
    }

    private Ingest ingest() throws InterruptedException {
        line("");
        line("=== Batch ingest ===");
        line(String.format(Locale.ROOT, "%10s %10s %10s %14s %11s %9s %8s", "stored", "st/s", "cumul st/s",
                "batch p50/p99", "server CPU", "RSS MB", "load1"));
        Ingest result = new Ingest();
        AtomicLong nextBatch = new AtomicLong();
        AtomicLong stored = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long start = System.nanoTime();
        Progress progress = new Progress(start, result);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < cfg.clients; t++) {
            Thread thread = new Thread(() -> {
                HttpClient http = client();
                while (firstError.get() == null) {
                    long from = nextBatch.getAndIncrement() * cfg.batch;
                    if (from >= cfg.total) {
                        break;
                    }
                    int count = (int) Math.min(cfg.batch, cfg.total - from);
                    String body = generator.batch(cfg.existing + from, count);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(post(body), HttpResponse.BodyHandlers.ofString());
                        long elapsed = System.nanoTime() - t0;
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, "POST batch at statement " + from + ": HTTP "
                                    + r.statusCode() + " " + abbreviate(r.body()));
                            break;
                        }
                        progress.stored(stored.addAndGet(count), elapsed);
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, "POST batch at statement " + from + ": " + e);
                        break;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }, "bench-client-" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long elapsed = System.nanoTime() - start;
        result.errors = errors.get();
        if (firstError.get() != null) {
            throw new BenchFailure(errors.get() + " request(s) failed during ingest after " + stored.get()
                    + " statements; first: " + firstError.get());
        }
        result.overall = stored.get() / (elapsed / 1e9);
        progress.finish(stored.get());
        line(String.format(Locale.ROOT, "ingested %,d statements in %.1f s: %s st/s overall", stored.get(),
                elapsed / 1e9, fmt(result.overall)));
        return result;
    }

    /** Prints one line each time the stored count crosses a multiple of {@code bench.interval}. */
    private final class Progress {
        private final Ingest result;
        private long intervalStart;
        private long intervalStored;
        private final long start;
        private double cpuAtIntervalStart;
        private Latencies batchLatencies = new Latencies();

        Progress(long start, Ingest result) {
            this.start = start;
            this.intervalStart = start;
            this.result = result;
            this.cpuAtIntervalStart = server.cpuSeconds();
        }

        private boolean jfrStarted;

        synchronized void stored(long total, long batchNanos) {
            if (cfg.jfrAt >= 0 && !jfrStarted && total >= cfg.jfrAt) {
                jfrStarted = true;
                startJfr("ingest-" + cfg.jfrAt);
            }
            batchLatencies.add(batchNanos);
            result.batches.add(batchNanos);
            long boundary = (intervalStored / cfg.interval + 1) * cfg.interval;
            if (total >= boundary) {
                report(total);
            }
        }

        synchronized void finish(long total) {
            if (total > intervalStored) {
                report(total);
            }
        }

        private void report(long total) {
            long now = System.nanoTime();
            double secs = (now - intervalStart) / 1e9;
            double rate = (total - intervalStored) / secs;
            double cumul = total / ((now - start) / 1e9);
            double cpu = server.cpuSeconds();
            // A partial last interval (fewer than bench.interval statements) is not a fair sample of the rate.
            if (total - intervalStored >= cfg.interval / 2) {
                result.slowestInterval = Math.min(result.slowestInterval, rate);
                result.lastInterval = rate;
            }
            line(String.format(Locale.ROOT, "%,10d %10s %10s %6.0f/%-7.0f %10.0f%% %9d %8s", total, fmt(rate),
                    fmt(cumul), batchLatencies.percentileMs(50), batchLatencies.percentileMs(99),
                    100 * (cpu - cpuAtIntervalStart) / secs, server.rssKb() / 1024, loadAverage().split(" ")[0]));
            intervalStart = now;
            intervalStored = total;
            cpuAtIntervalStart = cpu;
            batchLatencies = new Latencies();
        }
    }

    // ---------------------------------------------------------------- latency

    private Latencies singlePosts() throws Exception {
        line("");
        line("=== Single-statement POSTs (one client, sequential) ===");
        HttpClient http = client();
        Latencies lat = new Latencies();
        for (int i = 0; i < cfg.singles; i++) {
            String body = generator.statement(cfg.existing + cfg.total + i);
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(post(body), HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - t0;
            if (r.statusCode() != 200) {
                throw new BenchFailure("single POST " + i + ": HTTP " + r.statusCode() + " " + abbreviate(r.body()));
            }
            lat.add(elapsed);
        }
        line(String.format(Locale.ROOT, "%d POSTs: p50 %s, p95 %s, p99 %s, max %s ms", lat.count(),
                ms(lat.percentileMs(50)), ms(lat.percentileMs(95)), ms(lat.percentileMs(99)), ms(lat.maxMs())));
        return lat;
    }

    /** The query shapes, each built from a randomly chosen stored statement so that it matches something. */
    private Map<String, Latencies> queries() throws Exception {
        line("");
        line("=== GET queries (one client, shapes interleaved, limit=10) ===");
        Map<String, java.util.function.Function<StatementGenerator.Keys, String>> shapes = new LinkedHashMap<>();
        shapes.put("by agent", k -> "agent=" + enc(k.actorJson()) + "&limit=10");
        shapes.put("by verb+activity", k -> "verb=" + enc(k.verb()) + "&activity=" + enc(k.object()) + "&limit=10");
        shapes.put("activity+related_activities", k -> "activity=" + enc(k.grouping())
                + "&related_activities=true&limit=10");
        shapes.put("agent+related_agents", k -> "agent=" + enc(k.instructorJson() != null ? k.instructorJson()
                : k.actorJson()) + "&related_agents=true&limit=10");
        Map<String, Latencies> result = new LinkedHashMap<>();
        shapes.keySet().forEach(s -> result.put(s, new Latencies()));
        HttpClient http = client();
        SplittableRandom random = new SplittableRandom(cfg.seed ^ 0x5EED);
        if (cfg.jfrQueries) {
            startJfr("queries");
        }
        long bytes = 0;
        long returned = 0;
        for (int i = 0; i < cfg.warmupQueries + cfg.queries; i++) {
            for (var shape : shapes.entrySet()) {
                StatementGenerator.Keys k = generator.keys(random.nextLong(cfg.existing + cfg.total));
                String query = shape.getValue().apply(k);
                HttpRequest request = request("/xapi/statements?" + query).GET().build();
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                long elapsed = System.nanoTime() - t0;
                if (r.statusCode() != 200) {
                    throw new BenchFailure("GET " + shape.getKey() + " (" + query + "): HTTP " + r.statusCode() + " "
                            + abbreviate(r.body()));
                }
                int found = count(r.body());
                if (found == 0) {
                    throw new BenchFailure("GET " + shape.getKey() + " (" + query + ") found nothing, though "
                            + "statement " + k.id() + " matches it");
                }
                if (i >= cfg.warmupQueries) {
                    result.get(shape.getKey()).add(elapsed);
                    bytes += r.body().length();
                    returned += found;
                }
            }
        }
        for (var e : result.entrySet()) {
            Latencies l = e.getValue();
            line(String.format(Locale.ROOT, "%-30s n=%d  p50 %s  p95 %s  p99 %s  max %s ms", e.getKey(), l.count(),
                    ms(l.percentileMs(50)), ms(l.percentileMs(95)), ms(l.percentileMs(99)), ms(l.maxMs())));
        }
        long n = (long) cfg.queries * shapes.size();
        line(String.format(Locale.ROOT, "average response: %.1f statements, %,d bytes", returned / (double) n,
                bytes / n));
        return result;
    }

    /**
     * format=canonical (Communication 2.1.3): pages of {@code bench.canonical-limit} statements of one course, class
     * or path ({@code activity=<grouping>&related_activities=true}) for {@code bench.queries} randomly chosen stored
     * statements. First each distinct page is read once as canonical (every Activity on it is assembled: the first
     * read); then each chosen page is asked for as exact and as canonical, interleaved, the order alternating (the
     * definitions are cached). Then {@code bench.canonical-writes} times: POST a new statement of a course and ask
     * for that course's canonical page, whose cached definitions the statement has just dropped.
     */
    private Map<String, Latencies> canonicalPages() throws Exception {
        int limit = cfg.canonicalLimit;
        line("");
        line("=== format=canonical pages (one client, limit=" + limit + ", activity=<course, class or path>"
                + "&related_activities=true, Accept-Language: en-US) ===");
        Map<String, Latencies> result = new LinkedHashMap<>();
        String first = "page of " + limit + ", canonical, first read";
        String exact = "page of " + limit + ", exact";
        String canonical = "page of " + limit + ", canonical";
        String afterWrite = "page of " + limit + ", canonical after a write";
        result.put(first, new Latencies());
        result.put(exact, new Latencies());
        result.put(canonical, new Latencies());
        HttpClient http = client();
        SplittableRandom random = new SplittableRandom(cfg.seed ^ 0xCA70);
        List<StatementGenerator.Keys> chosen = new ArrayList<>();
        for (int i = 0; i < cfg.queries; i++) {
            chosen.add(generator.keys(random.nextLong(cfg.existing + cfg.total)));
        }
        java.util.Set<String> warmed = new java.util.HashSet<>();
        for (StatementGenerator.Keys k : chosen) {
            if (warmed.add(k.grouping())) {
                result.get(first).add(timedPage(http, page(k, limit, "canonical"), k));
            }
        }
        long returned = 0;
        for (int i = 0; i < chosen.size(); i++) {
            StatementGenerator.Keys k = chosen.get(i);
            for (int j = 0; j < 2; j++) {
                boolean isCanonical = (i + j) % 2 == 0;
                result.get(isCanonical ? canonical : exact).add(timedPage(http,
                        page(k, limit, isCanonical ? "canonical" : "exact"), k));
                returned += pageSize;
            }
        }
        if (cfg.canonicalWrites > 0) {
            Latencies after = new Latencies();
            long next = cfg.existing + cfg.total + cfg.singles;
            for (int i = 0; i < cfg.canonicalWrites; i++) {
                HttpResponse<String> r = http.send(post(generator.statement(next + i)),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new BenchFailure("POST before a canonical page: HTTP " + r.statusCode() + " "
                            + abbreviate(r.body()));
                }
                StatementGenerator.Keys k = generator.keys(next + i);
                after.add(timedPage(http, page(k, limit, "canonical"), k));
            }
            result.put(afterWrite, after);
        }
        for (var e : result.entrySet()) {
            Latencies l = e.getValue();
            line(String.format(Locale.ROOT, "%-44s n=%d  p50 %s  p95 %s  p99 %s  max %s ms", e.getKey(), l.count(),
                    ms(l.percentileMs(50)), ms(l.percentileMs(95)), ms(l.percentileMs(99)), ms(l.maxMs())));
        }
        line(String.format(Locale.ROOT, "%d distinct pages; average page: %.1f statements", warmed.size(),
                returned / (2.0 * chosen.size())));
        return result;
    }

    private static String page(StatementGenerator.Keys k, int limit, String format) {
        return "activity=" + enc(k.grouping()) + "&related_activities=true&limit=" + limit + "&format=" + format;
    }

    private int pageSize;

    /** One page request; fails the run unless it is 200 and returns statements (with definitions). */
    private long timedPage(HttpClient http, String query, StatementGenerator.Keys k) throws Exception {
        HttpRequest request = request("/xapi/statements?" + query).header("Accept-Language", "en-US").GET().build();
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - t0;
        if (r.statusCode() != 200) {
            throw new BenchFailure("GET " + query + ": HTTP " + r.statusCode() + " " + abbreviate(r.body()));
        }
        pageSize = count(r.body());
        if (pageSize == 0 || !r.body().contains("\"definition\"")) {
            throw new BenchFailure("GET " + query + " found no statement with a definition, though statement "
                    + k.id() + " matches it");
        }
        return elapsed;
    }

    private static int count(String body) {
        // Each returned statement carries "stored" exactly once at its top level.
        int n = 0;
        for (int i = body.indexOf("\"stored\""); i >= 0; i = body.indexOf("\"stored\"", i + 1)) {
            n++;
        }
        return n;
    }

    // ---------------------------------------------------------------- setup and helpers

    private ServerProcess waitForServer() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        HttpClient http = client();
        while (true) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(cfg.url + "/xapi/about"))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not up yet
            }
            if (System.nanoTime() > deadline) {
                throw new BenchFailure("no server answers at " + cfg.url + "/xapi/about");
            }
            Thread.sleep(500);
        }
        return ServerProcess.find(cfg.wlp, cfg.serverName).orElseThrow(() -> new BenchFailure(
                "server answers at " + cfg.url + " but no process runs " + cfg.wlp + " server " + cfg.serverName));
    }

    private void createClient() throws Exception {
        String admin = "Basic " + Base64.getEncoder().encodeToString((cfg.adminKey + ":" + cfg.adminSecret)
                .getBytes(StandardCharsets.UTF_8));
        String name = "bench-" + System.currentTimeMillis();
        HttpResponse<String> r = client().send(HttpRequest.newBuilder(URI.create(cfg.url + "/api/admin/clients"))
                .header("Authorization", admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"store\":\"bench\","
                        + "\"scopes\":[\"all\"]}")).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new BenchFailure("creating the bench client failed: HTTP " + r.statusCode() + " "
                    + abbreviate(r.body()) + " (is bench.admin-secret the server's scorelink.credentials.admin-secret?)");
        }
        JsonObject created = Json.createReader(new StringReader(r.body())).readObject();
        auth = "Basic " + Base64.getEncoder().encodeToString((created.getString("key") + ":"
                + created.getString("secret")).getBytes(StandardCharsets.UTF_8));
    }

    /** Prints the size of the generated statements, as sent (the server adds authority, version, stored). */
    private void sampleSize() {
        long bytes = 0;
        int min = Integer.MAX_VALUE;
        int max = 0;
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            int len = generator.statement(i * 97L).getBytes(StandardCharsets.UTF_8).length;
            bytes += len;
            min = Math.min(min, len);
            max = Math.max(max, len);
        }
        line(String.format(Locale.ROOT, "statements as sent: %d–%d bytes, mean %d (before the LRS adds "
                + "authority, version and stored)", min, max, bytes / n));
    }

    private long logErrors() {
        Path log = cfg.wlp.resolve("usr/servers").resolve(cfg.serverName).resolve("logs/messages.log");
        try {
            return Files.readAllLines(log).stream()
                    .filter(l -> l.contains(" E ") || l.toLowerCase(Locale.ROOT).contains("deadlock"))
                    .count();
        } catch (IOException e) {
            line("cannot read " + log + ": " + e);
            return -1;
        }
    }

    private HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private HttpRequest post(String body) {
        return request("/xapi/statements").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(cfg.url + pathAndQuery))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", auth)
                .header(VERSION_HEADER, "1.0.3");
    }

    private String serverHeapFlag() {
        return ProcessHandle.of(server.pid()).flatMap(p -> p.info().arguments())
                .map(a -> java.util.Arrays.stream(a).filter(s -> s.startsWith("-Xmx")).findFirst()
                        .orElse("default (no -Xmx)"))
                .orElse("unknown");
    }

    private static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GB RAM").findFirst()
                    .orElse("? RAM");
        } catch (IOException e) {
            return "? RAM";
        }
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** A JFR recording of the server (profile settings) into target/, for {@code jfr print/summary}. */
    private void startJfr(String name) {
        Path file = cfg.reportFile.toAbsolutePath().getParent().resolve("bench-" + name + ".jfr");
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(server.pid()), "JFR.start", "name=" + name, "settings=profile",
                    "duration=" + cfg.jfrSeconds + "s", "filename=" + file).redirectErrorStream(true).start();
            String answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            line("JFR recording " + name + " (" + cfg.jfrSeconds + " s) -> " + file + (p.exitValue() == 0 ? ""
                    : ": " + abbreviate(answer)));
        } catch (IOException | InterruptedException e) {
            line("JFR could not start: " + e);
        }
    }

    private static void stopServer(Config cfg) {
        try {
            Process p = new ProcessBuilder(cfg.wlp.resolve("bin/server").toString(), "stop", cfg.serverName)
                    .inheritIO().start();
            p.waitFor();
        } catch (IOException | InterruptedException e) {
            System.out.println("could not stop server " + cfg.serverName + ": " + e);
        }
    }

    private void writeReport() throws IOException {
        Files.createDirectories(cfg.reportFile.toAbsolutePath().getParent());
        Files.writeString(cfg.reportFile, report);
        out.println("report written to " + cfg.reportFile);
    }

    private void close() {
        if (server != null) {
            server.close();
        }
    }

    private synchronized void line(String s) {
        out.println(s);
        out.flush();
        report.append(s).append('\n');
    }

    private void row(String measure, String measured, String target) {
        line(String.format(Locale.ROOT, "%-52s %12s %12s", measure, measured, target));
    }

    private String per() {
        return cfg.interval % 1000 == 0 ? cfg.interval / 1000 + "k" : Long.toString(cfg.interval);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String fmt(double rate) {
        return String.format(Locale.ROOT, "%,.0f", rate);
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.1f", v);
    }

    private static String ms3(Latencies l) {
        return String.format(Locale.ROOT, "%.0f / %.0f / %.0f", l.percentileMs(50), l.percentileMs(95),
                l.percentileMs(99));
    }

    private static String abbreviate(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }

    /** A failure with a message that says it all; no stack trace needed. */
    static final class BenchFailure extends RuntimeException {
        BenchFailure(String message) {
            super(message);
        }
    }
}
