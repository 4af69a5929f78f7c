/*
 * Copyright 2026-present Open Networking Foundation
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.onosproject.ha.bench;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the full benchmark suite and writes what docs/performance.md reports: one JMH JSON file per
 * run, {@code summary.csv} (p50, p99, mean per benchmark and parameters), {@code summary.md} (the
 * tables with ratios), {@code aux.jsonl} (success rates, counts, per-batch latencies from the forks),
 * {@code environment.txt} (machine, JDK, load) and the time-versus-size plots.
 *
 * <p>Usage: {@code BenchMain OUT_DIR IMAGES_DIR [quick|full] [RUN,RUN...]}; "quick" shortens every
 * run to check the pipeline (its numbers are not for the report); the list keeps only the named runs.</p>
 */
public final class BenchMain {

    private static final String BASE_JVM = "-Xms2g -Xmx2g";
    private static final String BIG_JVM = "-Xms4g -Xmx4g";
    /** The store's Kryo serializer needs these on JDK 17, as in surefire's argLine (kryo.add.opens). */
    private static final String STORE_JVM = BASE_JVM + " --add-opens java.base/java.lang.invoke=ALL-UNNAMED"
            + " --add-opens java.base/java.util.concurrent.atomic=ALL-UNNAMED"
            + " --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED";

    private final Path out;
    private final Path images;
    private final boolean quick;
    private final List<String> only;
    private final List<Row> rows = new ArrayList<>();
    private final StringBuilder environment = new StringBuilder();

    /** One benchmark result with its parameters. */
    private static final class Row {
        String run;
        String benchmark;
        Map<String, String> params = new TreeMap<>();
        String mode;
        long samples;
        double p50;
        double p99;
        double mean;
        String unit;
        double forkP50Min;
        double forkP50Max;
        int forks;

        String param(String name) {
            return params.getOrDefault(name, "");
        }
    }

    private BenchMain(Path out, Path images, boolean quick, List<String> only) {
        this.out = out;
        this.images = images;
        this.quick = quick;
        this.only = only;
    }

    /**
     * Runs the suite.
     *
     * @param args output directory, images directory, optional "quick"
     * @throws Exception if a benchmark fails (a gate included) or a file cannot be written
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: BenchMain OUT_DIR IMAGES_DIR [quick|full] [RUN,RUN...]");
        }
        System.setProperty("java.awt.headless", "true");
        if (args.length > 2 && !args[2].equals("quick") && !args[2].equals("full")) {
            throw new IllegalArgumentException("mode must be quick or full: " + args[2]);
        }
        BenchMain main = new BenchMain(Paths.get(args[0]), Paths.get(args[1]),
                args.length > 2 && args[2].equals("quick"),
                args.length > 3 ? List.of(args[3].split(",")) : List.of());
        main.runAll();
    }

    private void runAll() throws RunnerException, IOException {
        Files.createDirectories(out);
        Files.deleteIfExists(out.resolve("aux.jsonl"));
        environment();
        long t0 = System.nanoTime();
        // S1 ratios: >= 4 forks, ONOS varies between forks
        run("s1-ratio", S1SinglePathBenchmark.class, "ours|naive|onos", quick ? 1 : 4, 5, 5, BASE_JVM,
                "topology", "wan:1000,grid:10");
        run("s1-ratio-extra", S1SinglePathBenchmark.class, "oursColdCache|kilda", 1, 5, 5, BASE_JVM,
                "topology", "wan:1000,grid:10");
        run("s1-size", S1SinglePathBenchmark.class, "ours|oursColdCache|naive|kilda|onos", 1, 3, 3, BASE_JVM,
                "topology", "wan:100,wan:2000,grid:6,grid:7,leafspine:4:32", "onosGateSamples", "2");
        // cold requests on the smallest grids take about 2 us, where one fork's p50 moves by up to 40%
        run("s1-small-grids", S1SinglePathBenchmark.class, "oursColdCache|naive", quick ? 1 : 4, 3, 3, BASE_JVM,
                "topology", "grid:6,grid:7");
        run("s2-wan1000", S2ProtectedPathBenchmark.class, "ours|naive|onos", quick ? 1 : 2, 5, 5, BASE_JVM,
                "topology", "wan:1000");
        run("s2-wan100", S2ProtectedPathBenchmark.class, "ours|naive|onos", 1, 3, 3, BASE_JVM,
                "topology", "wan:100", "onosGateSamples", "40", "gateSamples", "400");
        run("s2-grid6-trap", S2ProtectedPathBenchmark.class, "ours|naive|onos", 1, 3, 3, BASE_JVM,
                "topology", "grid:6,trap", "onosGateSamples", "1");
        run("s2-grid7", S2ProtectedPathBenchmark.class, "ours|naive", 1, 3, 3, BASE_JVM,
                "topology", "grid:7", "onosGateSamples", "0");
        runSingleShot("s2-grid7-onos", S2ProtectedPathBenchmark.class, "onos", 0, 1, BASE_JVM,
                "topology", "grid:7", "onosGateSamples", "0", "gateSamples", "20");
        // single shots warm up for at least 5 s, as perf-anchors §6 asks: S3 iterations are 1-3 s, S4 and S5
        // invocations 20-400 ms (JIT-cold iterations measured up to 2x slower)
        runSingleShot("s3", S3BulkCreateBenchmark.class, "admitAll", 3, quick ? 1 : 8, BASE_JVM);
        runSingleShot("s4", S4MassRerouteBenchmark.class, "failLink", 30, quick ? 2 : 30, BASE_JVM);
        runSingleShot("s5", S5StormBenchmark.class, "storm", 10, quick ? 1 : 20, BASE_JVM);
        runSingleShot("s6", S6ScaleBenchmark.class, "rebuildFromStore", 3, quick ? 1 : 5, BIG_JVM);
        // the product's allocator at 10,000 owners (no "triples" param, so not through run())
        collect("allocator", base("allocator", ResourceAllocatorBenchmark.class, "allocateAndRelease", STORE_JVM)
                .forks(1)
                .warmupIterations(quick ? 1 : 3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 1 : 5)
                .measurementTime(TimeValue.seconds(1)));
        environment.append("suite wall time: ").append(String.format(Locale.ROOT, "%.1f s",
                (System.nanoTime() - t0) / 1e9)).append('\n');
        environment.append("load average at end: ").append(loadAverage()).append('\n');
        Files.write(out.resolve("environment.txt"), environment.toString().getBytes(StandardCharsets.UTF_8));
        writeCsv();
        writeMarkdown();
        plots();
        System.out.println("BenchMain: results in " + out.toAbsolutePath() + ", plots in " + images.toAbsolutePath());
    }

    private void environment() throws IOException {
        environment.append("date: ").append(Instant.now()).append('\n');
        environment.append("nproc: ").append(Runtime.getRuntime().availableProcessors()).append('\n');
        environment.append("memory: ").append(firstLine("/proc/meminfo", "MemTotal")).append('\n');
        environment.append("cpu: ").append(firstLine("/proc/cpuinfo", "model name")).append('\n');
        environment.append("jdk: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append('\n');
        environment.append("os: ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.version")).append('\n');
        environment.append("load average at start: ").append(loadAverage()).append('\n');
    }

    private static String firstLine(String file, String prefix) {
        try {
            for (String line : Files.readAllLines(Paths.get(file))) {
                if (line.startsWith(prefix)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }

    private static String loadAverage() {
        try {
            return Files.readAllLines(Paths.get("/proc/loadavg")).get(0);
        } catch (IOException e) {
            return "unknown";
        }
    }

    private ChainedOptionsBuilder base(String name, Class<?> benchmark, String methods, String jvm,
                                       String... params) {
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include(benchmark.getName() + "\\.(" + methods + ")$")
                .jvmArgs(jvm.split(" "))
                .jvmArgsAppend("-D" + BenchAux.PROPERTY + "=" + out.resolve("aux.jsonl").toAbsolutePath())
                .resultFormat(ResultFormatType.JSON)
                .result(out.resolve(name + ".json").toString())
                .shouldFailOnError(true);
        for (int i = 0; i < params.length; i += 2) {
            o.param(params[i], params[i + 1].split(","));
        }
        return o;
    }

    private void run(String name, Class<?> benchmark, String methods, int forks, int warmups, int measurements,
                     String jvm, String... params) throws RunnerException {
        ChainedOptionsBuilder o = base(name, benchmark, methods, jvm, params)
                .forks(forks)
                .warmupIterations(quick ? 1 : warmups)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 1 : measurements)
                .measurementTime(TimeValue.seconds(1));
        if (quick) {
            o.param("triples", "300");
        }
        collect(name, o);
    }

    private void runSingleShot(String name, Class<?> benchmark, String methods, int warmups, int measurements,
                               String jvm, String... params) throws RunnerException {
        ChainedOptionsBuilder o = base(name, benchmark, methods, jvm, params)
                .forks(1)
                .warmupIterations(quick ? Math.min(warmups, 1) : warmups)
                .measurementIterations(measurements);
        if (quick) {
            o.param("flows", "2000");
        }
        collect(name, o);
    }

    private void collect(String name, ChainedOptionsBuilder options) throws RunnerException {
        if (!only.isEmpty() && !only.contains(name)) {
            return;
        }
        environment.append("run ").append(name).append(" starts, load average ").append(loadAverage()).append('\n');
        for (RunResult r : new Runner(options.build()).run()) {
            BenchmarkParams p = r.getParams();
            Row row = new Row();
            row.run = name;
            String full = p.getBenchmark();
            row.benchmark = full.substring(full.lastIndexOf('.', full.lastIndexOf('.') - 1) + 1);
            for (String k : p.getParamsKeys()) {
                row.params.put(k, p.getParam(k));
            }
            row.mode = p.getMode().shortLabel();
            Result<?> primary = r.getPrimaryResult();
            row.samples = primary.getStatistics().getN();
            row.p50 = primary.getStatistics().getPercentile(50);
            row.p99 = primary.getStatistics().getPercentile(99);
            row.mean = primary.getStatistics().getMean();
            row.unit = primary.getScoreUnit();
            row.forkP50Min = Double.MAX_VALUE;
            row.forkP50Max = 0;
            for (BenchmarkResult fork : r.getBenchmarkResults()) {
                double m = fork.getPrimaryResult().getStatistics().getPercentile(50);
                row.forkP50Min = Math.min(row.forkP50Min, m);
                row.forkP50Max = Math.max(row.forkP50Max, m);
                row.forks++;
            }
            rows.add(row);
        }
    }

    private void writeCsv() throws IOException {
        StringBuilder sb = new StringBuilder("run,benchmark,params,mode,samples,p50,p99,mean,unit,forks,"
                + "forkP50Min,forkP50Max\n");
        for (Row r : rows) {
            sb.append(String.join(",", r.run, r.benchmark, r.params.toString().replace(",", ";"), r.mode,
                    Long.toString(r.samples), num(r.p50), num(r.p99), num(r.mean), r.unit,
                    Integer.toString(r.forks), num(r.forkP50Min), num(r.forkP50Max))).append('\n');
        }
        Files.write(out.resolve("summary.csv"), sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    private Row find(String benchmark, String... params) {
        Row best = null;
        for (Row r : rows) {
            if (!r.benchmark.equals(benchmark)) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < params.length; i += 2) {
                match &= r.param(params[i]).equals(params[i + 1]);
            }
            if (match && (best == null || r.forks > best.forks)) {
                best = r;
            }
        }
        return best;
    }

    private void writeMarkdown() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark summary (generated by BenchMain)\n\n```\n").append(environment).append("```\n\n");
        md.append("## S1 one HA-flow path (us per flow)\n\n");
        md.append("| topology | ours p50 | ours p99 | ours cold p50 | naive p50 | Kilda p50 | ONOS p50 | ONOS p99 | "
                + "ONOS/ours p50 | ONOS/ours p99 | naive/ours p50 | ONOS fork p50 min-max | forks |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (String t : List.of("wan:100", "wan:1000", "wan:2000", "grid:6", "grid:7", "grid:10", "leafspine:4:32")) {
            Row ours = find("S1SinglePathBenchmark.ours", "topology", t);
            if (ours == null) {
                continue;
            }
            Row cold = find("S1SinglePathBenchmark.oursColdCache", "topology", t);
            Row naive = find("S1SinglePathBenchmark.naive", "topology", t);
            Row kilda = find("S1SinglePathBenchmark.kilda", "topology", t);
            Row onos = find("S1SinglePathBenchmark.onos", "topology", t);
            md.append("| ").append(t).append(" | ").append(v(ours, false)).append(" | ").append(v(ours, true))
                    .append(" | ").append(v(cold, false)).append(" | ").append(v(naive, false)).append(" | ")
                    .append(v(kilda, false)).append(" | ").append(v(onos, false)).append(" | ")
                    .append(v(onos, true)).append(" | ").append(ratio(onos, ours, false)).append(" | ")
                    .append(ratio(onos, ours, true)).append(" | ").append(ratio(naive, ours, false)).append(" | ")
                    .append(onos == null ? "-" : num(onos.forkP50Min) + "-" + num(onos.forkP50Max)).append(" | ")
                    .append(ours.forks).append(" |\n");
        }
        md.append("\n## S2 protected HA-flow (us per flow)\n\n");
        md.append("| topology | ours p50 | ours p99 | naive p50 | ONOS p50 | ONOS/ours p50 | forks |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (String t : List.of("wan:100", "wan:1000", "grid:6", "grid:7", "trap")) {
            Row ours = find("S2ProtectedPathBenchmark.ours", "topology", t);
            if (ours == null) {
                continue;
            }
            Row naive = find("S2ProtectedPathBenchmark.naive", "topology", t);
            Row onos = find("S2ProtectedPathBenchmark.onos", "topology", t);
            md.append("| ").append(t).append(" | ").append(v(ours, false)).append(" | ").append(v(ours, true))
                    .append(" | ").append(v(naive, false)).append(" | ").append(v(onos, false)).append(" | ")
                    .append(ratio(onos, ours, false)).append(" | ").append(ours.forks).append(" |\n");
        }
        md.append("\n## S3-S6 (ms per operation)\n\n| benchmark | params | p50 | p99 | mean | samples |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            if (r.benchmark.startsWith("S1") || r.benchmark.startsWith("S2")) {
                continue;
            }
            md.append("| ").append(r.benchmark).append(" | ").append(r.params).append(" | ").append(num(r.p50))
                    .append(" | ").append(num(r.p99)).append(" | ").append(num(r.mean)).append(" | ")
                    .append(r.samples).append(" |\n");
        }
        md.append("\n## Side results from the forks (aux.jsonl)\n\n```\n");
        Path aux = out.resolve("aux.jsonl");
        if (Files.exists(aux)) {
            // every fork of a benchmark writes its trial-start record; identical lines once
            for (String line : new LinkedHashSet<>(Files.readAllLines(aux))) {
                md.append(line).append('\n');
            }
        }
        md.append("```\n");
        Files.write(out.resolve("summary.md"), md.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String v(Row r, boolean p99) {
        return r == null ? "-" : num(p99 ? r.p99 : r.p50);
    }

    private static String ratio(Row a, Row b, boolean p99) {
        if (a == null || b == null) {
            return "-";
        }
        double x = p99 ? a.p99 : a.p50;
        double y = p99 ? b.p99 : b.p50;
        return String.format(Locale.ROOT, "%.1fx", x / y);
    }

    private void plots() throws IOException {
        Map<String, String> methods = new LinkedHashMap<>();
        methods.put("S1SinglePathBenchmark.ours", "engine (warm cache)");
        methods.put("S1SinglePathBenchmark.oursColdCache", "engine (cache cleared)");
        methods.put("S1SinglePathBenchmark.naive", "B-naive 3-SSSP");
        methods.put("S1SinglePathBenchmark.kilda", "B-Kilda 2 paths");
        methods.put("S1SinglePathBenchmark.onos", "B-ONOS 2 x getPaths");
        plot("S1, one HA-flow path, WAN ring + chords: p50 per flow", "switches (n)", "wan:",
                methods, images.resolve("perf-s1-wan.png"));
        plot("S1, one HA-flow path, k x k hop-weighted grid: p50 per flow", "switches (k x k)", "grid:",
                methods, images.resolve("perf-s1-grid.png"));
    }

    private void plot(String title, String xLabel, String prefix, Map<String, String> methods, Path file)
            throws IOException {
        PerfPlot plot = new PerfPlot(title, xLabel, "time per HA-flow (log)");
        boolean any = false;
        for (Map.Entry<String, String> m : methods.entrySet()) {
            List<double[]> xy = new ArrayList<>();
            for (Row r : rows) {
                String t = r.param("topology");
                if (!r.benchmark.equals(m.getKey()) || !t.startsWith(prefix)) {
                    continue;
                }
                Row best = find(m.getKey(), "topology", t);
                if (best != r) {
                    continue;
                }
                int size = Integer.parseInt(t.substring(prefix.length()));
                double nodes = prefix.equals("grid:") ? size * size : size;
                xy.add(new double[]{nodes, toMicros(r.p50, r.unit)});
            }
            if (!xy.isEmpty()) {
                plot.series(m.getValue(), xy);
                any = true;
            }
        }
        if (any) {
            plot.write(new File(file.toString()));
        }
    }

    private static double toMicros(double value, String unit) {
        if (unit.startsWith("ms")) {
            return value * 1000;
        }
        if (unit.startsWith("s/")) {
            return value * 1_000_000;
        }
        if (unit.startsWith("ns")) {
            return value / 1000;
        }
        return value;
    }
}
