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
package org.onosproject.ha.flow;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DefaultLink;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One Y-tree of an HA-flow in ONOS terms: the trunk from Z's device to the Y-point, and one branch from the
 * Y-point to each leaf's device. Links are given in the forward direction (Z towards the leaves); the
 * reverse direction uses the opposite links (see {@link #reverse(Link)}).
 * <p>
 * Invariants checked on construction: each segment is a contiguous chain of links, the trunk ends at the
 * Y-point and the branches start there, and no device appears twice in the tree except the Y-point, which
 * joins the three segments. So the two sub-paths share exactly the trunk and never meet again after Y.
 * An empty trunk means Y is on Z's device; an empty branch means that leaf is on the Y-point's device;
 * leaves on the same device therefore always have Y on that device (both branches empty).
 */
public final class HaFlowPath {

    private final DeviceId yPoint;
    private final ImmutableList<Link> trunk;
    private final ImmutableList<Link> branchA;
    private final ImmutableList<Link> branchB;

    private HaFlowPath(DeviceId yPoint, List<Link> trunk, List<Link> branchA, List<Link> branchB) {
        this.yPoint = checkNotNull(yPoint, "Y-point cannot be null");
        this.trunk = ImmutableList.copyOf(checkNotNull(trunk, "trunk cannot be null"));
        this.branchA = ImmutableList.copyOf(checkNotNull(branchA, "branch A cannot be null"));
        this.branchB = ImmutableList.copyOf(checkNotNull(branchB, "branch B cannot be null"));
        checkChain("trunk", this.trunk);
        checkChain("branch A", this.branchA);
        checkChain("branch B", this.branchB);
        checkArgument(this.trunk.isEmpty() || last(this.trunk).dst().deviceId().equals(yPoint),
                      "trunk must end at the Y-point %s", yPoint);
        checkArgument(this.branchA.isEmpty() || this.branchA.get(0).src().deviceId().equals(yPoint),
                      "branch A must start at the Y-point %s", yPoint);
        checkArgument(this.branchB.isEmpty() || this.branchB.get(0).src().deviceId().equals(yPoint),
                      "branch B must start at the Y-point %s", yPoint);
        checkTree();
    }

    /**
     * Returns a Y-tree.
     *
     * @param yPoint  device where the sub-paths split (forward) and merge (reverse)
     * @param trunk   links from Z's device to the Y-point, in order; empty if Y is on Z's device
     * @param branchA links from the Y-point to A's device, in order; empty if A is on the Y-point's device
     * @param branchB links from the Y-point to B's device, in order; empty if B is on the Y-point's device
     * @return path
     * @throws IllegalArgumentException if the links do not form a Y-tree as described above
     */
    public static HaFlowPath of(DeviceId yPoint, List<Link> trunk, List<Link> branchA, List<Link> branchB) {
        return new HaFlowPath(yPoint, trunk, branchA, branchB);
    }

    private static void checkChain(String name, List<Link> links) {
        for (int i = 1; i < links.size(); i++) {
            checkArgument(links.get(i - 1).dst().deviceId().equals(links.get(i).src().deviceId()),
                          "%s is not contiguous at link %s: %s does not continue %s",
                          name, i, links.get(i), links.get(i - 1));
        }
    }

    private void checkTree() {
        Set<DeviceId> seen = new HashSet<>();
        seen.add(yPoint);
        for (Link link : trunk) {
            DeviceId src = link.src().deviceId();
            checkArgument(seen.add(src), "device %s appears twice in the Y-tree", src);
        }
        for (List<Link> branch : List.of(branchA, branchB)) {
            for (Link link : branch) {
                DeviceId dst = link.dst().deviceId();
                checkArgument(seen.add(dst), "device %s appears twice in the Y-tree", dst);
            }
        }
    }

    private static Link last(List<Link> links) {
        return links.get(links.size() - 1);
    }

    /**
     * Returns the link in the opposite direction: source and destination swapped, same type and state.
     *
     * @param link a link
     * @return the opposite link
     */
    public static Link reverse(Link link) {
        return DefaultLink.builder().providerId(link.providerId()).src(link.dst()).dst(link.src())
                .type(link.type()).state(link.state()).isExpected(link.isExpected())
                .annotations(link.annotations()).build();
    }

    /**
     * Returns the opposite links of a chain, in reverse order.
     *
     * @param links a chain of links
     * @return the chain walked backwards
     */
    public static List<Link> reverse(List<Link> links) {
        List<Link> out = new ArrayList<>(links.size());
        for (Link link : Lists.reverse(links)) {
            out.add(reverse(link));
        }
        return ImmutableList.copyOf(out);
    }

    /**
     * Returns the Y-point device.
     *
     * @return Y-point
     */
    public DeviceId yPoint() {
        return yPoint;
    }

    /**
     * Returns the trunk links, Z to Y.
     *
     * @return trunk
     */
    public List<Link> trunk() {
        return trunk;
    }

    /**
     * Returns the branch links of a leaf, Y to the leaf.
     *
     * @param leaf A or B
     * @return branch
     */
    public List<Link> branch(HaLeaf leaf) {
        return leaf == HaLeaf.A ? branchA : branchB;
    }

    /**
     * Returns the branch to A.
     *
     * @return branch A
     */
    public List<Link> branchA() {
        return branchA;
    }

    /**
     * Returns the branch to B.
     *
     * @return branch B
     */
    public List<Link> branchB() {
        return branchB;
    }

    /**
     * Returns the device of the shared endpoint Z.
     *
     * @return first device of the trunk, or the Y-point if the trunk is empty
     */
    public DeviceId sharedDevice() {
        return trunk.isEmpty() ? yPoint : trunk.get(0).src().deviceId();
    }

    /**
     * Returns the device of a leaf.
     *
     * @param leaf A or B
     * @return last device of the branch, or the Y-point if the branch is empty
     */
    public DeviceId leafDevice(HaLeaf leaf) {
        List<Link> branch = branch(leaf);
        return branch.isEmpty() ? yPoint : last(branch).dst().deviceId();
    }

    /**
     * Returns the forward sub-path to a leaf: the trunk followed by the leaf's branch.
     *
     * @param leaf A or B
     * @return links Z to the leaf
     */
    public List<Link> forwardSubPath(HaLeaf leaf) {
        return ImmutableList.<Link>builder().addAll(trunk).addAll(branch(leaf)).build();
    }

    /**
     * Returns the reverse sub-path from a leaf: the opposite links of its branch, then of the trunk.
     *
     * @param leaf A or B
     * @return links from the leaf to Z
     */
    public List<Link> reverseSubPath(HaLeaf leaf) {
        return reverse(forwardSubPath(leaf));
    }

    /**
     * Returns every forward link of the tree once: the trunk, then branch A, then branch B.
     *
     * @return links
     */
    public List<Link> links() {
        return ImmutableList.<Link>builder().addAll(trunk).addAll(branchA).addAll(branchB).build();
    }

    /**
     * Returns every device of the tree once: the trunk's devices from Z to Y, then branch A's, then B's.
     *
     * @return devices in walk order
     */
    public Set<DeviceId> devices() {
        Set<DeviceId> devices = new LinkedHashSet<>();
        devices.add(sharedDevice());
        trunk.forEach(l -> devices.add(l.dst().deviceId()));
        devices.add(yPoint);
        branchA.forEach(l -> devices.add(l.dst().deviceId()));
        branchB.forEach(l -> devices.add(l.dst().deviceId()));
        return devices;
    }

    /**
     * Tells whether another path uses exactly the same connect points in every segment, whatever the
     * links' type, state or annotations.
     *
     * @param other other path
     * @return true if both trees take the same ports
     */
    public boolean sameRoute(HaFlowPath other) {
        return yPoint.equals(other.yPoint) && ends(trunk).equals(ends(other.trunk))
                && ends(branchA).equals(ends(other.branchA)) && ends(branchB).equals(ends(other.branchB));
    }

    private static List<ConnectPoint> ends(List<Link> links) {
        List<ConnectPoint> points = new ArrayList<>();
        for (Link link : links) {
            points.add(link.src());
            points.add(link.dst());
        }
        return points;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaFlowPath)) {
            return false;
        }
        HaFlowPath that = (HaFlowPath) o;
        return yPoint.equals(that.yPoint) && trunk.equals(that.trunk)
                && branchA.equals(that.branchA) && branchB.equals(that.branchB);
    }

    @Override
    public int hashCode() {
        return Objects.hash(yPoint, trunk, branchA, branchB);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("yPoint", yPoint).add("trunk", ends(trunk))
                .add("branchA", ends(branchA)).add("branchB", ends(branchB)).toString();
    }
}
