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
package org.onosproject.ha.flow.impl.path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A polynomial proof that no disjoint pair of Y-trees exists, for the case the exhaustive pair search
 * cannot settle: three terminals on the outer face of a planar tie-rich graph, such as three corners
 * of a grid.
 *
 * <p>Claim. Let H be the usable graph (edges and nodes the request may use), Z, A and B distinct
 * terminals of degree at most 2 in H, and H' = H plus a new node w joined to Z, A and B. If H' is
 * planar, no two Y-trees share neither an edge nor a transit node. Proof: a Y-tree whose junction is
 * a terminal t uses two edges at t, and its partner at least one more, so t would need degree 3;
 * hence both junctions y1, y2 are transit nodes, distinct and off the other tree. The two trees'
 * paths from y1 and y2 to Z, A and B, with w's three edges, are nine internally disjoint paths
 * joining {y1, y2, w} to {Z, A, B}: a subdivided K3,3, which no planar graph contains.</p>
 *
 * <p>Planarity is decided by the algorithm of Demoucron, Malgrange and Pertuiset (1964): embed a
 * cycle, then repeatedly take a fragment (an unembedded edge between embedded nodes, or a component
 * of the rest with its attaching edges) that fits in the fewest faces and embed one path of it across
 * such a face, splitting the face; a fragment that fits in no face proves non-planarity. It needs a
 * 2-connected graph; when a fragment attaches at one node only, this class answers "not proven",
 * never "planar". O(m) per path embedded, O(m^2) in all. Pure and stateless.</p>
 */
final class PlanarObstruction {

    private PlanarObstruction() {
    }

    /**
     * Tells whether the claim above proves that no disjoint pair exists for the current request.
     *
     * @param g graph
     * @param f filter of usable edges and nodes (the request's exclusions and bandwidth only)
     * @param z node of Z
     * @param a node of A
     * @param b node of B
     * @return true if no disjoint pair exists; false if not proven either way
     */
    static boolean provesNoDisjointPair(PathGraph g, EdgeFilter f, int z, int a, int b) {
        if (z == a || z == b || a == b) {
            return false;
        }
        int n = g.nodeCount;
        int[] degree = new int[n + 1];
        List<int[]> edges = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int e = 0; e < g.edgeCount; e++) {
            int u = g.edgeU[e];
            int v = g.edgeV[e];
            if (!f.edgeOpen(e) || !f.nodeOpen(u) || !f.nodeOpen(v)) {
                continue;
            }
            // parallel links do not change planarity; the degree rule counts them all
            degree[u]++;
            degree[v]++;
            if (seen.add(pairKey(u, v))) {
                edges.add(new int[]{u, v});
            }
        }
        if (degree[z] > 2 || degree[a] > 2 || degree[b] > 2) {
            return false;
        }
        int w = n;
        edges.add(new int[]{w, z});
        edges.add(new int[]{w, a});
        edges.add(new int[]{w, b});
        return isPlanar(n + 1, withoutDeadEnds(n + 1, edges, z, a, b, w)) == Boolean.TRUE;
    }

    private static long pairKey(int u, int v) {
        return Math.min(u, v) * (long) Integer.MAX_VALUE + Math.max(u, v);
    }

    /**
     * Keeps the edges of the component holding the terminals, minus chains of dead ends (nodes of
     * degree 1 other than the terminals and w): no tree passes through them, and removing them only
     * helps planarity.
     */
    private static int[][] withoutDeadEnds(int n, List<int[]> edges, int z, int a, int b, int w) {
        int[][] adj = adjacency(n, edges);
        boolean[] keep = new boolean[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        queue[tail++] = w;
        keep[w] = true;
        while (head < tail) {
            int u = queue[head++];
            for (int v : adj[u]) {
                if (!keep[v]) {
                    keep[v] = true;
                    queue[tail++] = v;
                }
            }
        }
        int[] deg = new int[n];
        for (int[] e : edges) {
            if (keep[e[0]]) {
                deg[e[0]]++;
                deg[e[1]]++;
            }
        }
        tail = 0;
        for (int v = 0; v < n; v++) {
            if (keep[v] && deg[v] <= 1 && v != z && v != a && v != b && v != w) {
                queue[tail++] = v;
            }
        }
        while (tail > 0) {
            int u = queue[--tail];
            if (!keep[u]) {
                continue;
            }
            keep[u] = false;
            for (int v : adj[u]) {
                if (keep[v] && --deg[v] <= 1 && v != z && v != a && v != b && v != w) {
                    queue[tail++] = v;
                }
            }
        }
        List<int[]> kept = new ArrayList<>();
        for (int[] e : edges) {
            if (keep[e[0]] && keep[e[1]]) {
                kept.add(e);
            }
        }
        return kept.toArray(new int[0][]);
    }

    private static int[][] adjacency(int n, List<int[]> edges) {
        int[] deg = new int[n];
        for (int[] e : edges) {
            deg[e[0]]++;
            deg[e[1]]++;
        }
        int[][] adj = new int[n][];
        for (int v = 0; v < n; v++) {
            adj[v] = new int[deg[v]];
        }
        Arrays.fill(deg, 0);
        for (int[] e : edges) {
            adj[e[0]][deg[e[0]]++] = e[1];
            adj[e[1]][deg[e[1]]++] = e[0];
        }
        return adj;
    }

    /**
     * Decides planarity of a simple connected graph by path addition (Demoucron, Malgrange and
     * Pertuiset). Nodes without edges are ignored.
     *
     * @param n     node count
     * @param edges edges {u, v}, no loops, no parallel edges
     * @return TRUE if planar, FALSE if not, null if undecided (the graph is not 2-connected)
     */
    static Boolean isPlanar(int n, int[][] edges) {
        int m = edges.length;
        if (m == 0) {
            return Boolean.TRUE;
        }
        int[] eu = new int[m];
        int[] ev = new int[m];
        int[] deg = new int[n];
        for (int i = 0; i < m; i++) {
            eu[i] = edges[i][0];
            ev[i] = edges[i][1];
            deg[eu[i]]++;
            deg[ev[i]]++;
        }
        int nodes = 0;
        for (int v = 0; v < n; v++) {
            nodes += deg[v] > 0 ? 1 : 0;
        }
        if (nodes >= 3 && m > 3L * nodes - 6) {
            return Boolean.FALSE;
        }
        int[][] adjNode = new int[n][];
        int[][] adjEdge = new int[n][];
        for (int v = 0; v < n; v++) {
            adjNode[v] = new int[deg[v]];
            adjEdge[v] = new int[deg[v]];
        }
        Arrays.fill(deg, 0);
        for (int i = 0; i < m; i++) {
            adjNode[eu[i]][deg[eu[i]]] = ev[i];
            adjEdge[eu[i]][deg[eu[i]]++] = i;
            adjNode[ev[i]][deg[ev[i]]] = eu[i];
            adjEdge[ev[i]][deg[ev[i]]++] = i;
        }
        return new Embedding(n, m, eu, ev, adjNode, adjEdge).run();
    }

    /** The growing embedding: embedded nodes and edges, and faces as cyclic node sequences. */
    private static final class Embedding {
        private final int n;
        private final int m;
        private final int[] eu;
        private final int[] ev;
        private final int[][] adjNode;
        private final int[][] adjEdge;
        private final boolean[] nodeIn;
        private final boolean[] edgeIn;
        private final List<int[]> faces = new ArrayList<>();
        private final int[] component;
        private final int[] parentEdge;
        private final int[] queue;
        /** Fragments that are single edges, by fragment index; the components follow them. */
        private final List<Integer> singleEdges = new ArrayList<>();
        private int embeddedEdges;

        Embedding(int n, int m, int[] eu, int[] ev, int[][] adjNode, int[][] adjEdge) {
            this.n = n;
            this.m = m;
            this.eu = eu;
            this.ev = ev;
            this.adjNode = adjNode;
            this.adjEdge = adjEdge;
            nodeIn = new boolean[n];
            edgeIn = new boolean[m];
            component = new int[n];
            parentEdge = new int[n];
            queue = new int[n];
        }

        Boolean run() {
            int[] cycle = firstCycle();
            if (cycle == null) {
                return null;
            }
            faces.add(cycle);
            int[] reversed = cycle.clone();
            TreeSolver.reverse(reversed);
            faces.add(reversed);
            while (embeddedEdges < m) {
                List<int[]> fragments = fragments();
                int bestFragment = -1;
                int bestFace = -1;
                int bestCount = Integer.MAX_VALUE;
                List<List<Integer>> facesOf = facesOfNodes();
                for (int i = 0; i < fragments.size(); i++) {
                    int[] attach = fragments.get(i);
                    if (attach.length < 2) {
                        return null;
                    }
                    int count = 0;
                    int some = -1;
                    for (int face : facesOf.get(attach[0])) {
                        if (containsAll(facesOf, face, attach)) {
                            count++;
                            some = face;
                        }
                    }
                    if (count == 0) {
                        return Boolean.FALSE;
                    }
                    if (count < bestCount) {
                        bestCount = count;
                        bestFragment = i;
                        bestFace = some;
                    }
                }
                embedPath(pathOf(fragments.get(bestFragment), bestFragment), bestFace);
            }
            return Boolean.TRUE;
        }

        /** A cycle through the first edge: the edge plus a shortest path between its ends without it. */
        private int[] firstCycle() {
            int s = eu[0];
            int t = ev[0];
            Arrays.fill(parentEdge, -2);
            parentEdge[s] = -1;
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            while (head < tail && parentEdge[t] == -2) {
                int u = queue[head++];
                for (int i = 0; i < adjNode[u].length; i++) {
                    int v = adjNode[u][i];
                    if (adjEdge[u][i] != 0 && parentEdge[v] == -2) {
                        parentEdge[v] = adjEdge[u][i];
                        queue[tail++] = v;
                    }
                }
            }
            if (parentEdge[t] == -2) {
                return null;
            }
            List<Integer> nodes = new ArrayList<>();
            edgeIn[0] = true;
            embeddedEdges++;
            int at = t;
            while (at != s) {
                nodes.add(at);
                nodeIn[at] = true;
                int e = parentEdge[at];
                edgeIn[e] = true;
                embeddedEdges++;
                at = eu[e] == at ? ev[e] : eu[e];
            }
            nodes.add(s);
            nodeIn[s] = true;
            return nodes.stream().mapToInt(Integer::intValue).toArray();
        }

        /**
         * Lists the fragments as their attachment nodes. A fragment is encoded by its index: the
         * first ones are single edges (their index in {@link #singleEdges}), the others components.
         */
        private List<int[]> fragments() {
            List<int[]> result = new ArrayList<>();
            singleEdges.clear();
            for (int e = 0; e < m; e++) {
                if (!edgeIn[e] && nodeIn[eu[e]] && nodeIn[ev[e]]) {
                    singleEdges.add(e);
                    result.add(new int[]{eu[e], ev[e]});
                }
            }
            Arrays.fill(component, -1);
            int components = 0;
            boolean[] attached = new boolean[n];
            for (int r = 0; r < n; r++) {
                if (nodeIn[r] || component[r] >= 0 || adjNode[r].length == 0) {
                    continue;
                }
                int id = components++;
                List<Integer> attach = new ArrayList<>();
                int head = 0;
                int tail = 0;
                queue[tail++] = r;
                component[r] = id;
                while (head < tail) {
                    int u = queue[head++];
                    for (int v : adjNode[u]) {
                        if (nodeIn[v]) {
                            if (!attached[v]) {
                                attached[v] = true;
                                attach.add(v);
                            }
                        } else if (component[v] < 0) {
                            component[v] = id;
                            queue[tail++] = v;
                        }
                    }
                }
                for (int v : attach) {
                    attached[v] = false;
                }
                result.add(attach.stream().mapToInt(Integer::intValue).toArray());
            }
            return result;
        }

        private List<List<Integer>> facesOfNodes() {
            List<List<Integer>> of = new ArrayList<>(n);
            for (int v = 0; v < n; v++) {
                of.add(new ArrayList<>(2));
            }
            for (int i = 0; i < faces.size(); i++) {
                for (int v : faces.get(i)) {
                    of.get(v).add(i);
                }
            }
            return of;
        }

        private static boolean containsAll(List<List<Integer>> facesOf, int face, int[] nodes) {
            for (int v : nodes) {
                if (!facesOf.get(v).contains(face)) {
                    return false;
                }
            }
            return true;
        }

        /** A path of the fragment between two of its attachments: edges in order, from the first node. */
        private int[] pathOf(int[] attach, int fragment) {
            if (fragment < singleEdges.size()) {
                return new int[]{singleEdges.get(fragment)};
            }
            int id = fragment - singleEdges.size();
            int start = attach[0];
            // search from the attachment through the component's nodes to another attachment
            Arrays.fill(parentEdge, -2);
            parentEdge[start] = -1;
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            int end = -1;
            while (head < tail && end < 0) {
                int u = queue[head++];
                for (int i = 0; i < adjNode[u].length && end < 0; i++) {
                    int v = adjNode[u][i];
                    if (parentEdge[v] != -2) {
                        continue;
                    }
                    if (component[v] == id) {
                        parentEdge[v] = adjEdge[u][i];
                        queue[tail++] = v;
                    } else if (nodeIn[v] && u != start) {
                        parentEdge[v] = adjEdge[u][i];
                        end = v;
                    }
                }
            }
            List<Integer> path = new ArrayList<>();
            int at = end;
            while (at != start) {
                int e = parentEdge[at];
                path.add(e);
                at = eu[e] == at ? ev[e] : eu[e];
            }
            int[] p = path.stream().mapToInt(Integer::intValue).toArray();
            TreeSolver.reverse(p);
            return p;
        }

        /** Embeds a path whose two ends are on a face, splitting the face in two. */
        private void embedPath(int[] pathEdges, int faceIndex) {
            int[] nodes = new int[pathEdges.length + 1];
            int first = eu[pathEdges[0]];
            if (pathEdges.length > 1 && (first == eu[pathEdges[1]] || first == ev[pathEdges[1]])) {
                first = ev[pathEdges[0]];
            } else if (pathEdges.length == 1 && !nodeIn[first]) {
                first = ev[pathEdges[0]];
            }
            nodes[0] = first;
            for (int i = 0; i < pathEdges.length; i++) {
                int e = pathEdges[i];
                nodes[i + 1] = eu[e] == nodes[i] ? ev[e] : eu[e];
                edgeIn[e] = true;
                embeddedEdges++;
                nodeIn[nodes[i + 1]] = true;
            }
            int[] face = faces.get(faceIndex);
            int u = nodes[0];
            int v = nodes[nodes.length - 1];
            int i = indexOf(face, u);
            int j = indexOf(face, v);
            int len = face.length;
            int inner = nodes.length - 2;
            int arcIj = (j - i + len) % len + 1;
            int arcJi = (i - j + len) % len + 1;
            int[] one = new int[arcIj + inner];
            int[] two = new int[arcJi + inner];
            for (int k = 0; k < arcIj; k++) {
                one[k] = face[(i + k) % len];
            }
            for (int k = 0; k < inner; k++) {
                one[arcIj + k] = nodes[nodes.length - 2 - k];
            }
            for (int k = 0; k < arcJi; k++) {
                two[k] = face[(j + k) % len];
            }
            for (int k = 0; k < inner; k++) {
                two[arcJi + k] = nodes[1 + k];
            }
            faces.set(faceIndex, one);
            faces.add(two);
        }

        private static int indexOf(int[] values, int value) {
            for (int k = 0; k < values.length; k++) {
                if (values[k] == value) {
                    return k;
                }
            }
            throw new IllegalStateException("node " + value + " is not on the face");
        }
    }
}
