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

package org.onosproject.ha.dpu.impl;

import org.onlab.graph.ScalarWeight;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DefaultLink;
import org.onosproject.net.DefaultPath;
import org.onosproject.net.ElementId;
import org.onosproject.net.Link;
import org.onosproject.net.Path;
import org.onosproject.net.provider.ProviderId;
import org.onosproject.net.topology.PathServiceAdapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A path service over direct links between devices that the test adds and removes.
 */
public class TestPathService extends PathServiceAdapter {

    private static final ProviderId PID = new ProviderId("of", "test");
    private final List<Link> links = new ArrayList<>();

    /**
     * Adds a bidirectional link.
     *
     * @param a one end
     * @param b other end
     */
    public void addLink(ConnectPoint a, ConnectPoint b) {
        links.add(DefaultLink.builder().providerId(PID).src(a).dst(b).type(Link.Type.DIRECT).build());
        links.add(DefaultLink.builder().providerId(PID).src(b).dst(a).type(Link.Type.DIRECT).build());
    }

    /**
     * Returns the far end of the link leaving a connect point.
     *
     * @param cp connect point
     * @return far end, or null
     */
    public ConnectPoint farEnd(ConnectPoint cp) {
        return links.stream().filter(l -> l.src().equals(cp)).map(Link::dst).findFirst().orElse(null);
    }

    /**
     * Removes every link.
     */
    public void clear() {
        links.clear();
    }

    @Override
    public Set<Path> getPaths(ElementId src, ElementId dst) {
        for (Link l : links) {
            if (l.src().elementId().equals(src) && l.dst().elementId().equals(dst)) {
                return Set.of(new DefaultPath(PID, List.of(l), ScalarWeight.toWeight(1)));
            }
        }
        return Set.of();
    }
}
