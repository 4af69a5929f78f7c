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

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded workloads: random (Z, A, B) triples of distinct switches, and HA-flow specifications for the
 * bulk scenarios.
 */
public final class Workloads {

    /** Seed of every workload. */
    public static final long SEED = 8L;

    private Workloads() {
    }

    /** What one HA-flow asks for. */
    public static final class FlowSpec {
        private final int index;
        private final int z;
        private final int a;
        private final int b;
        private final long bandwidth;
        private final boolean protect;

        /**
         * Creates a specification.
         *
         * @param index     sequence number, unique in a workload
         * @param z         node of Z
         * @param a         node of A
         * @param b         node of B
         * @param bandwidth kbps
         * @param protect   whether a protected path is asked for
         */
        public FlowSpec(int index, int z, int a, int b, long bandwidth, boolean protect) {
            this.index = index;
            this.z = z;
            this.a = a;
            this.b = b;
            this.bandwidth = bandwidth;
            this.protect = protect;
        }

        /**
         * Returns the sequence number.
         *
         * @return index
         */
        public int index() {
            return index;
        }

        /**
         * Returns Z's node.
         *
         * @return node
         */
        public int z() {
            return z;
        }

        /**
         * Returns A's node.
         *
         * @return node
         */
        public int a() {
            return a;
        }

        /**
         * Returns B's node.
         *
         * @return node
         */
        public int b() {
            return b;
        }

        /**
         * Returns the bandwidth.
         *
         * @return kbps
         */
        public long bandwidth() {
            return bandwidth;
        }

        /**
         * Tells whether a protected path is asked for.
         *
         * @return true if protected
         */
        public boolean protect() {
            return protect;
        }
    }

    /**
     * Random triples of three distinct nodes.
     *
     * @param nodes node count, at least 3
     * @param count number of triples
     * @param seed  seed
     * @return triples as {z, a, b}
     */
    public static int[][] triples(int nodes, int count, long seed) {
        Random r = new Random(seed);
        int[][] out = new int[count][];
        for (int i = 0; i < count; i++) {
            int z = r.nextInt(nodes);
            int a;
            int b;
            do {
                a = r.nextInt(nodes);
            } while (a == z);
            do {
                b = r.nextInt(nodes);
            } while (b == z || b == a);
            out[i] = new int[]{z, a, b};
        }
        return out;
    }

    /**
     * HA-flows with Z on one of a few hub switches and random leaves, bandwidth uniform in a range, a
     * share of them protected (perf plan S3: 50 hubs, 10-100 Mb/s, 30% protected).
     *
     * @param nodes          node count
     * @param count          number of flows
     * @param hubs           number of hub switches (Z-ends), or 0 for Z anywhere
     * @param minKbps        smallest bandwidth
     * @param maxKbps        largest bandwidth
     * @param protectedShare share of protected flows, 0..1
     * @param seed           seed
     * @return flows
     */
    public static List<FlowSpec> flows(int nodes, int count, int hubs, long minKbps, long maxKbps,
                                       double protectedShare, long seed) {
        Random r = new Random(seed);
        int[] hubNodes = new int[Math.max(hubs, 0)];
        for (int i = 0; i < hubNodes.length; i++) {
            hubNodes[i] = r.nextInt(nodes);
        }
        List<FlowSpec> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int z = hubs > 0 ? hubNodes[r.nextInt(hubs)] : r.nextInt(nodes);
            int a;
            int b;
            do {
                a = r.nextInt(nodes);
            } while (a == z);
            do {
                b = r.nextInt(nodes);
            } while (b == z || b == a);
            long bw = minKbps + (long) (r.nextDouble() * (maxKbps - minKbps + 1));
            out.add(new FlowSpec(i, z, a, b, Math.min(bw, maxKbps), r.nextDouble() < protectedShare));
        }
        return out;
    }
}
