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

import org.junit.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Runs every benchmark of the suite once, in this JVM, on small topologies and workloads: the suite
 * keeps compiling, every benchmark runs, and every correctness gate passes (a gate failure fails the
 * benchmark and so this test). Timings of this run mean nothing.
 */
public class BenchmarkSmokeTest {

    private static final Class<?>[] SUITE = {
        S1SinglePathBenchmark.class, S2ProtectedPathBenchmark.class, S3BulkCreateBenchmark.class,
        S4MassRerouteBenchmark.class, S5StormBenchmark.class, S6ScaleBenchmark.class,
        ResourceAllocatorBenchmark.class,
    };

    private final Set<String> ran = new TreeSet<>();

    private void run(Class<?> benchmark, String... params) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(benchmark.getName() + "\\.")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(20))
                .shouldFailOnError(true);
        for (int i = 0; i < params.length; i += 2) {
            options.param(params[i], params[i + 1].split(","));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        assertTrue(benchmark.getSimpleName() + " produced no result", !results.isEmpty());
        for (RunResult r : results) {
            assertTrue(r.getPrimaryResult().getSampleCount() > 0);
            String name = r.getParams().getBenchmark();
            ran.add(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1));
        }
    }

    /**
     * Every benchmark method of every scenario runs with its gates on small inputs.
     *
     * @throws RunnerException if a benchmark or one of its gates fails
     */
    @Test
    public void everyBenchmarkRunsAndPassesItsGates() throws RunnerException {
        run(S1SinglePathBenchmark.class, "topology", "wan:60,grid:4,leafspine:2:4", "triples", "50",
                "onosGateSamples", "2");
        run(S2ProtectedPathBenchmark.class, "topology", "wan:40,grid:4,trap", "triples", "30",
                "gateSamples", "20", "onosGateSamples", "2");
        run(S3BulkCreateBenchmark.class, "topology", "wan:60", "flows", "300", "hubs", "5");
        run(S4MassRerouteBenchmark.class, "topology", "wan:60", "flows", "300");
        run(S5StormBenchmark.class, "topology", "wan:60", "flows", "300");
        run(S6ScaleBenchmark.class, "topology", "wan:100", "flows", "1000");
        run(ResourceAllocatorBenchmark.class, "topology", "wan:60", "owners", "300", "hubs", "5");
        Set<String> expected = new TreeSet<>();
        for (Class<?> c : SUITE) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Benchmark.class)) {
                    expected.add(c.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertEquals("benchmarks run", expected, ran);
    }
}
