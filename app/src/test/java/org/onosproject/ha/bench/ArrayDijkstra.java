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

import org.onosproject.ha.flow.impl.path.PathGraph;

import java.util.Arrays;

/**
 * A textbook single-source shortest-path search on a {@link PathGraph}: int arrays, an indexed binary
 * heap with decrease-key, edge costs as they are. It is the floor the baselines are built on: it
 * keeps its buffers between searches but nothing else (no tree reuse, no bucket queue, no pruning).
 * Edges with less available bandwidth than asked, blocked edges and blocked nodes (other than the
 * source) are not used. Not thread-safe.
 */
public final class ArrayDijkstra {

    /** Distance of an unreached node. */
    public static final long UNREACHED = Long.MAX_VALUE;

    private final PathGraph graph;
    private final long[] dist;
    private final int[] parentEdge;
    private final int[] heap;
    private final int[] position;
    private int size;

    /**
     * Creates a search over a graph.
     *
     * @param graph graph
     */
    public ArrayDijkstra(PathGraph graph) {
        this.graph = graph;
        int n = graph.nodeCount();
        dist = new long[n];
        parentEdge = new int[n];
        heap = new int[n];
        position = new int[n];
    }

    /**
     * Runs the search from a source.
     *
     * @param source      source node
     * @param target      node at which to stop once settled, or -1 for the full tree
     * @param available   available bandwidth per edge, or null to ignore bandwidth
     * @param bandwidth   bandwidth an edge must have
     * @param edgeBlocked edges not to use, or null
     * @param nodeBlocked nodes not to pass through, or null
     */
    public void run(int source, int target, long[] available, long bandwidth, boolean[] edgeBlocked,
                    boolean[] nodeBlocked) {
        Arrays.fill(dist, UNREACHED);
        Arrays.fill(parentEdge, -1);
        Arrays.fill(position, -1);
        size = 0;
        dist[source] = 0;
        push(source);
        while (size > 0) {
            int u = pop();
            position[u] = -2;
            if (u == target) {
                return;
            }
            if (u != source && nodeBlocked != null && nodeBlocked[u]) {
                continue;
            }
            int degree = graph.degree(u);
            for (int i = 0; i < degree; i++) {
                int e = graph.incidentEdge(u, i);
                if (edgeBlocked != null && edgeBlocked[e]
                        || available != null && available[e] < bandwidth) {
                    continue;
                }
                int v = graph.otherEnd(e, u);
                long d = dist[u] + graph.cost(e);
                if (d < dist[v] && position[v] != -2) {
                    dist[v] = d;
                    parentEdge[v] = e;
                    if (position[v] < 0) {
                        push(v);
                    } else {
                        siftUp(position[v]);
                    }
                }
            }
        }
    }

    /**
     * Returns the distance of a node found by the last search.
     *
     * @param node node
     * @return distance, or {@link #UNREACHED}
     */
    public long distance(int node) {
        return dist[node];
    }

    /**
     * Returns the edge by which the last search reached a node.
     *
     * @param node node
     * @return edge, or -1 for the source and unreached nodes
     */
    public int parentEdge(int node) {
        return parentEdge[node];
    }

    /**
     * Copies the distances of the last search.
     *
     * @param into array of at least node-count length
     */
    public void copyDistances(long[] into) {
        System.arraycopy(dist, 0, into, 0, dist.length);
    }

    /**
     * Copies the parent edges of the last search.
     *
     * @param into array of at least node-count length
     */
    public void copyParents(int[] into) {
        System.arraycopy(parentEdge, 0, into, 0, parentEdge.length);
    }

    private void push(int v) {
        heap[size] = v;
        position[v] = size;
        siftUp(size++);
    }

    private int pop() {
        int top = heap[0];
        size--;
        if (size > 0) {
            heap[0] = heap[size];
            position[heap[0]] = 0;
            siftDown(0);
        }
        return top;
    }

    private void siftUp(int i) {
        int v = heap[i];
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (dist[heap[p]] <= dist[v]) {
                break;
            }
            heap[i] = heap[p];
            position[heap[i]] = i;
            i = p;
        }
        heap[i] = v;
        position[v] = i;
    }

    private void siftDown(int i) {
        int v = heap[i];
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && dist[heap[c + 1]] < dist[heap[c]]) {
                c++;
            }
            if (dist[heap[c]] >= dist[v]) {
                break;
            }
            heap[i] = heap[c];
            position[heap[i]] = i;
            i = c;
        }
        heap[i] = v;
        position[v] = i;
    }
}
