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
package org.onosproject.ha.flow.impl.rules;

import com.google.common.primitives.Longs;
import org.onlab.packet.VlanId;
import org.onosproject.core.ApplicationId;
import org.onosproject.core.GroupId;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowDirection;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowResources;
import org.onosproject.ha.flow.HaLeaf;
import org.onosproject.ha.flow.HaPathResources;
import org.onosproject.ha.flow.HaPathRole;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.DefaultFlowRule;
import org.onosproject.net.flow.DefaultTrafficSelector;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.FlowId;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.IndexTableId;
import org.onosproject.net.flow.TableId;
import org.onosproject.net.flow.TrafficSelector;
import org.onosproject.net.flow.TrafficTreatment;
import org.onosproject.net.group.DefaultGroupBucket;
import org.onosproject.net.group.DefaultGroupDescription;
import org.onosproject.net.group.DefaultGroupKey;
import org.onosproject.net.group.GroupBucket;
import org.onosproject.net.group.GroupBuckets;
import org.onosproject.net.group.GroupDescription;
import org.onosproject.net.meter.MeterId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.onosproject.ha.flow.HaFlowDirection.FORWARD;
import static org.onosproject.ha.flow.HaFlowDirection.REVERSE;
import static org.onosproject.ha.flow.impl.rules.VlanStacks.customerStack;
import static org.onosproject.ha.flow.impl.rules.VlanStacks.ingressStack;

/**
 * Builds the rules, groups and meters of an HA-flow: a pure function of the flow, its Y-trees, its
 * resources and the application id.
 * <p>
 * Forward (Z to A and B): Z's ingress rule applies Z's meter and turns Z's tags into the transit VLAN;
 * transit rules pass it on; at the Y-point a rule sends it to an ALL group with one bucket per leaf; each
 * leaf's egress rule restores the leaf's outer and inner VLAN. Reverse (A and B to Z): each leaf's ingress
 * rule applies the leaf's meter and pushes the reverse transit VLAN; at the Y-point one rule per branch
 * merges it into the trunk under the Y-point meter; Z's egress rule restores Z's tags. Special cases: Y on
 * Z's device (Z's ingress rule feeds the group; the branches' reverse rules at Z are egress rules under the
 * Y-point meter), a leaf on the Y-point (its bucket delivers locally; its reverse ingress rule merges under
 * the Y-point meter instead of the leaf meter), both leaves on one device (Y is there, both buckets deliver),
 * a one-switch HA-flow (all of that on one device), and bandwidth 0 (no meter at all). A leaf on the same
 * port as the rule's input is reached with OUTPUT:IN_PORT.
 * <p>
 * A protected Y-tree contributes only its non-ingress part; {@link #ingress} gives the ingress rules for
 * either tree. The ingress rules have the same cookies and matches whichever tree they feed, so a swap is
 * an in-place rewrite of those rules.
 */
public final class HaFlowRuleBuilder {

    /** Meter burst as a percentage of the rate: the bucket holds 1.05 s of traffic at the rate. */
    public static final int BURST_PERCENT = 105;

    private static final int PERCENT = 100;
    private static final int VLAN_BITS = 12;
    /** DefaultFlowRule reads the app id from the top 16 bits of the flow id. */
    private static final int APP_ID_SHIFT = 48;
    /** The group id ONOS's rule builder gives every rule (its flow id carries no group). */
    private static final GroupId NO_GROUP = new GroupId(0);

    private HaFlowRuleBuilder() {
    }

    /**
     * Returns everything the flow needs installed: the non-ingress part of every Y-tree and the ingress part
     * feeding the primary.
     *
     * @param flow      HA-flow
     * @param paths     its Y-trees
     * @param resources its resources (protected resources exactly when there is a protected path)
     * @param appId     application id (cookies, rule and group ownership)
     * @return inventory
     * @throws IllegalArgumentException if paths and resources do not fit the flow (see {@link #ingress})
     */
    public static HaFlowInventory build(HaFlow flow, HaFlowPaths paths, HaFlowResources resources,
                                        ApplicationId appId) {
        Context ctx = new Context(flow, paths, resources, appId);
        Parts parts = new Parts();
        ctx.addNonIngress(parts, HaPathRole.PRIMARY);
        if (paths.protectedPath().isPresent()) {
            ctx.addNonIngress(parts, HaPathRole.PROTECTED);
        }
        ctx.addIngress(parts, HaPathRole.PRIMARY);
        return parts.inventory();
    }

    /**
     * Returns the non-ingress part of one Y-tree: transit, Y-point and egress rules, its group and its
     * Y-point meter.
     *
     * @param flow      HA-flow
     * @param paths     its Y-trees
     * @param resources its resources
     * @param appId     application id
     * @param role      which Y-tree
     * @return inventory of phase NON_INGRESS
     * @throws IllegalArgumentException if the flow has no such tree, or as {@link #ingress}
     */
    public static HaFlowInventory nonIngress(HaFlow flow, HaFlowPaths paths, HaFlowResources resources,
                                             ApplicationId appId, HaPathRole role) {
        Parts parts = new Parts();
        new Context(flow, paths, resources, appId).addNonIngress(parts, role);
        return parts.inventory();
    }

    /**
     * Returns the ingress part when a given Y-tree carries the traffic: the ingress rules of Z, A and B,
     * the shared outer-VLAN pop rules and the flow's endpoint meters. The endpoint meters are the same
     * whichever tree is active (a leaf meter is included when some tree needs it), so the result for the
     * other tree differs only in the ingress rules' actions: installing it over the current one is a swap.
     *
     * @param flow      HA-flow
     * @param paths     its Y-trees
     * @param resources its resources
     * @param appId     application id
     * @param active    the Y-tree the ingress rules feed
     * @return inventory of phase INGRESS
     * @throws IllegalArgumentException if the flow has no such tree; if a tree does not end on the flow's
     *                                  endpoint devices or uses an endpoint's port as a link; if a metered
     *                                  flow lacks a meter id it needs; if protected paths and resources do
     *                                  not come together; or if two QinQ leaves on one device have different
     *                                  inner VLANs (no OpenFlow 1.3 group can serve them)
     */
    public static HaFlowInventory ingress(HaFlow flow, HaFlowPaths paths, HaFlowResources resources,
                                          ApplicationId appId, HaPathRole active) {
        Parts parts = new Parts();
        new Context(flow, paths, resources, appId).addIngress(parts, active);
        return parts.inventory();
    }

    /**
     * Returns the meters the flow needs on these paths, without building any rule: the Y-point meter of each
     * tree (primary first), Z's meter, and each leaf's meter when some tree's Y-point is not on the leaf's
     * device. They come in the order of {@code build(...).meters()}; an unmetered flow (bandwidth 0) needs none.
     * Meter ids can so be taken before the one build that uses them.
     *
     * @param flow  HA-flow
     * @param paths its Y-trees
     * @return meters needed, empty for an unmetered flow
     * @throws IllegalArgumentException if a tree does not end on the flow's endpoint devices or uses an
     *                                  endpoint's port as a link
     */
    public static List<HaMeterNeed> metersNeeded(HaFlow flow, HaFlowPaths paths) {
        checkNotNull(flow, "flow cannot be null");
        checkNotNull(paths, "paths cannot be null");
        for (HaPathRole role : HaPathRole.values()) {
            paths.path(role).ifPresent(p -> checkPath(flow, role, p));
        }
        if (!flow.isMetered()) {
            return List.of();
        }
        List<HaMeterNeed> needs = new ArrayList<>(HaLeaf.values().length + 3);
        for (HaPathRole role : HaPathRole.values()) {
            paths.path(role).ifPresent(p -> needs.add(need(flow, p.yPoint(), HaMeterRole.Y_POINT, null, role)));
        }
        needs.add(need(flow, flow.sharedEndpoint().deviceId(), HaMeterRole.SHARED_ENDPOINT, null, null));
        for (HaLeaf leaf : HaLeaf.values()) {
            if (leafMeterNeeded(flow, paths, leaf)) {
                needs.add(need(flow, leaf.subFlowOf(flow).endpoint().deviceId(), HaMeterRole.LEAF, leaf, null));
            }
        }
        return needs;
    }

    /**
     * Returns the cookie of the shared rule an endpoint needs: the outer-VLAN pop rule on its port (see
     * {@link HaRuleEntry#isShared()}), which every HA-flow with an endpoint on that port and outer VLAN uses.
     * A rule's id is its cookie, so device and cookie name the rule without building it.
     *
     * @param endpoint an endpoint of an HA-flow
     * @param appId    application id
     * @return the cookie, empty for a whole-port endpoint (it needs no shared rule)
     */
    public static OptionalLong sharedRuleCookie(HaFlowEndpoint endpoint, ApplicationId appId) {
        return endpoint.isFullPort() ? OptionalLong.empty()
                : OptionalLong.of(HaCookies.preIngress(appId, endpoint.portNumber(), endpoint.outerVlan()));
    }

    private static HaMeterNeed need(HaFlow flow, DeviceId device, HaMeterRole role, HaLeaf leaf, HaPathRole path) {
        long rate = flow.maximumBandwidth();
        return new HaMeterNeed(flow.id(), device, rate, burstKb(rate), role, leaf, path);
    }

    private static void checkPath(HaFlow flow, HaPathRole role, HaFlowPath p) {
        HaFlowEndpoint z = flow.sharedEndpoint();
        checkArgument(p.sharedDevice().equals(z.deviceId()), "%s path starts at %s, not at Z's device %s",
                      role, p.sharedDevice(), z.deviceId());
        for (HaLeaf leaf : HaLeaf.values()) {
            DeviceId device = leaf.subFlowOf(flow).endpoint().deviceId();
            checkArgument(p.leafDevice(leaf).equals(device), "%s path reaches leaf %s at %s, not at %s",
                          role, leaf, p.leafDevice(leaf), device);
        }
        checkNotLinkPort(z, p, role);
        checkNotLinkPort(flow.subFlowA().endpoint(), p, role);
        checkNotLinkPort(flow.subFlowB().endpoint(), p, role);
    }

    private static void checkNotLinkPort(HaFlowEndpoint endpoint, HaFlowPath p, HaPathRole role) {
        checkNotLinkPort(endpoint, p.trunk(), role);
        checkNotLinkPort(endpoint, p.branchA(), role);
        checkNotLinkPort(endpoint, p.branchB(), role);
    }

    private static void checkNotLinkPort(HaFlowEndpoint endpoint, List<Link> links, HaPathRole role) {
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            if (isAt(link.src(), endpoint) || isAt(link.dst(), endpoint)) {
                throw new IllegalArgumentException(String.format(
                        "endpoint port %s is a link port of the %s path", endpoint.connectPoint(), role));
            }
        }
    }

    /** ConnectPoint.equals, port first: endpoint ports rarely equal link ports, device ids are long strings. */
    private static boolean isAt(ConnectPoint cp, HaFlowEndpoint endpoint) {
        return cp.port().equals(endpoint.portNumber()) && cp.deviceId().equals(endpoint.deviceId());
    }

    /** A leaf meter is needed if some tree's Y-point is not on the leaf's device. */
    private static boolean leafMeterNeeded(HaFlow flow, HaFlowPaths paths, HaLeaf leaf) {
        DeviceId device = leaf.subFlowOf(flow).endpoint().deviceId();
        for (HaPathRole role : HaPathRole.values()) {
            if (paths.path(role).map(p -> !p.yPoint().equals(device)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the burst the meters get for a rate.
     *
     * @param rateKbps rate in kbps
     * @return burst in kilobits, at least 1
     */
    public static long burstKb(long rateKbps) {
        return Math.max(1, (rateKbps * BURST_PERCENT + PERCENT - 1) / PERCENT);
    }

    /**
     * How the forward Y-point of a tree splits traffic: the input port and tags of the rule that feeds the
     * group, the tags entering the group, and per leaf (A, B) the bucket's target tags and output port.
     */
    private static final class GroupPlan {
        private final PortNumber inPort;
        private final List<Integer> inStack;
        private final List<Integer> groupStack;
        private final List<List<Integer>> targets;
        private final List<PortNumber> outPorts;

        private GroupPlan(PortNumber inPort, List<Integer> inStack, List<List<Integer>> targets,
                          List<PortNumber> outPorts) {
            this.inPort = inPort;
            this.inStack = inStack;
            this.groupStack = VlanStacks.groupInput(inStack, targets);
            this.targets = targets;
            this.outPorts = outPorts;
        }
    }

    /**
     * What a build has made so far, in order; {@link #inventory()} keeps each key once, as
     * {@link HaFlowInventory#merge} would across the parts.
     */
    private static final class Parts {
        private final List<HaRuleEntry> rules = new ArrayList<>();
        private final List<HaGroupEntry> groups = new ArrayList<>(2);
        private final List<HaMeterEntry> meters = new ArrayList<>(HaLeaf.values().length + 3);

        private HaFlowInventory inventory() {
            return HaFlowInventory.distinct(rules, groups, meters);
        }
    }

    /**
     * One build: checked inputs and the helpers that make rules.
     */
    private static final class Context {
        private final HaFlow flow;
        private final HaFlowPaths paths;
        private final HaFlowResources resources;
        private final ApplicationId appId;
        private final HaFlowEndpoint z;
        private final Map<Long, TrafficSelector> transitSelectors = new HashMap<>();
        private final Map<PortNumber, TrafficTreatment> outputs = new HashMap<>();

        private Context(HaFlow flow, HaFlowPaths paths, HaFlowResources resources, ApplicationId appId) {
            this.flow = checkNotNull(flow, "flow cannot be null");
            this.paths = checkNotNull(paths, "paths cannot be null");
            this.resources = checkNotNull(resources, "resources cannot be null");
            this.appId = checkNotNull(appId, "application id cannot be null");
            this.z = flow.sharedEndpoint();
            checkArgument(paths.protectedPath().isPresent() == resources.protectedPath().isPresent(),
                          "protected path and protected resources must come together");
            for (HaPathRole role : HaPathRole.values()) {
                paths.path(role).ifPresent(p -> checkPath(flow, role, p));
            }
            if (flow.isMetered()) {
                checkArgument(resources.sharedMeterId().isPresent(), "metered flow %s has no Z meter id", flow.id());
                for (HaLeaf leaf : HaLeaf.values()) {
                    checkArgument(!leafMeterNeeded(flow, paths, leaf) || resources.leafMeterId(leaf).isPresent(),
                                  "metered flow %s has no meter id for leaf %s", flow.id(), leaf);
                }
                for (HaPathRole role : HaPathRole.values()) {
                    resources.path(role).ifPresent(r -> checkArgument(
                            r.yPointMeterId().isPresent(), "metered flow %s has no %s Y-point meter id",
                            flow.id(), role));
                }
            }
        }

        private HaFlowPath path(HaPathRole role) {
            return paths.path(role).orElseThrow(
                    () -> new IllegalArgumentException("HA-flow " + flow.id() + " has no " + role + " path"));
        }

        private HaPathResources pathResources(HaPathRole role) {
            return resources.path(role).orElseThrow(
                    () -> new IllegalArgumentException("HA-flow " + flow.id() + " has no " + role + " resources"));
        }

        private HaFlowEndpoint leafEndpoint(HaLeaf leaf) {
            return leaf.subFlowOf(flow).endpoint();
        }

        // ---------------------------------------------------------------- non-ingress part

        private void addNonIngress(Parts out, HaPathRole role) {
            HaFlowPath p = path(role);
            HaPathResources r = pathResources(role);
            GroupPlan plan = groupPlan(p, r);
            forwardNonIngress(out.rules, role, p, r, plan);
            reverseNonIngress(out.rules, role, p, r);
            out.groups.add(new HaGroupEntry(group(p, r, plan), role));
            if (flow.isMetered()) {
                out.meters.add(meter(p.yPoint(), r.yPointMeterId().orElseThrow(), HaMeterRole.Y_POINT, null,
                                     role));
            }
        }

        private void forwardNonIngress(List<HaRuleEntry> rules, HaPathRole role, HaFlowPath p, HaPathResources r,
                                       GroupPlan plan) {
            List<Link> trunk = p.trunk();
            int vlan = r.forwardTransitVlan();
            long sharedCookie = HaCookies.path(appId, r.pathCookie(), FORWARD, null);
            for (int i = 1; i < trunk.size(); i++) {
                rules.add(transit(trunk.get(i - 1).dst(), trunk.get(i).src().port(), vlan, sharedCookie,
                                  FORWARD, role, null));
            }
            if (!trunk.isEmpty()) {
                TrafficTreatment.Builder t = DefaultTrafficTreatment.builder();
                VlanStacks.rewrite(plan.inStack, plan.groupStack).forEach(t::add);
                t.group(r.yPointGroupId());
                boolean bothLocal = p.branchA().isEmpty() && p.branchB().isEmpty();
                FlowRule rule = rule(p.yPoint(), HaPipeline.INPUT_TABLE, HaPipeline.TRANSIT_PRIORITY,
                                     transitSelector(plan.inPort, vlan), t.build(), sharedCookie);
                rules.add(new HaRuleEntry(rule, FORWARD, role,
                                          bothLocal ? HaRuleRole.Y_POINT_EGRESS : HaRuleRole.Y_POINT_TRANSIT, null));
            }
            for (HaLeaf leaf : HaLeaf.values()) {
                List<Link> branch = p.branch(leaf);
                long cookie = HaCookies.path(appId, r.pathCookie(), FORWARD, leaf);
                for (int i = 1; i < branch.size(); i++) {
                    rules.add(transit(branch.get(i - 1).dst(), branch.get(i).src().port(), vlan, cookie,
                                      FORWARD, role, leaf));
                }
                if (!branch.isEmpty()) {
                    ConnectPoint in = branch.get(branch.size() - 1).dst();
                    HaFlowEndpoint endpoint = leafEndpoint(leaf);
                    TrafficTreatment.Builder t = DefaultTrafficTreatment.builder();
                    deliver(t, List.of(vlan), endpoint, in.port());
                    FlowRule rule = rule(in.deviceId(), HaPipeline.INPUT_TABLE, HaPipeline.TRANSIT_PRIORITY,
                                         transitSelector(in.port(), vlan), t.build(), cookie);
                    rules.add(new HaRuleEntry(rule, FORWARD, role, HaRuleRole.EGRESS, leaf));
                }
            }
        }

        private void reverseNonIngress(List<HaRuleEntry> rules, HaPathRole role, HaFlowPath p, HaPathResources r) {
            List<Link> trunk = p.trunk();
            int vlan = r.reverseTransitVlan();
            for (HaLeaf leaf : HaLeaf.values()) {
                List<Link> branch = p.branch(leaf);
                long cookie = HaCookies.path(appId, r.pathCookie(), REVERSE, leaf);
                // walk the branch from the leaf back to Y; the reverse rule on a device matches the port the
                // forward traffic leaves by
                for (int i = branch.size() - 1; i >= 1; i--) {
                    rules.add(transit(branch.get(i).src(), branch.get(i - 1).dst().port(), vlan, cookie,
                                      REVERSE, role, leaf));
                }
                if (!branch.isEmpty()) {
                    ConnectPoint in = branch.get(0).src();
                    TrafficTreatment.Builder t = DefaultTrafficTreatment.builder();
                    r.yPointMeterId().filter(m -> flow.isMetered()).ifPresent(t::meter);
                    HaRuleRole ruleRole;
                    if (trunk.isEmpty()) {
                        deliver(t, List.of(vlan), z, in.port());
                        ruleRole = HaRuleRole.Y_POINT_EGRESS;
                    } else {
                        t.setOutput(trunk.get(trunk.size() - 1).dst().port());
                        ruleRole = HaRuleRole.Y_POINT_TRANSIT;
                    }
                    FlowRule rule = rule(in.deviceId(), HaPipeline.INPUT_TABLE, HaPipeline.TRANSIT_PRIORITY,
                                         transitSelector(in.port(), vlan), t.build(), cookie);
                    rules.add(new HaRuleEntry(rule, REVERSE, role, ruleRole, leaf));
                }
            }
            long sharedCookie = HaCookies.path(appId, r.pathCookie(), REVERSE, null);
            for (int i = trunk.size() - 1; i >= 1; i--) {
                rules.add(transit(trunk.get(i).src(), trunk.get(i - 1).dst().port(), vlan, sharedCookie,
                                  REVERSE, role, null));
            }
            if (!trunk.isEmpty()) {
                ConnectPoint in = trunk.get(0).src();
                TrafficTreatment.Builder t = DefaultTrafficTreatment.builder();
                deliver(t, List.of(vlan), z, in.port());
                FlowRule rule = rule(in.deviceId(), HaPipeline.INPUT_TABLE, HaPipeline.TRANSIT_PRIORITY,
                                     transitSelector(in.port(), vlan), t.build(), sharedCookie);
                rules.add(new HaRuleEntry(rule, REVERSE, role, HaRuleRole.EGRESS, null));
            }
        }

        /** Adds the actions that hand a frame carrying {@code from} to a customer endpoint. */
        private static void deliver(TrafficTreatment.Builder t, List<Integer> from, HaFlowEndpoint to,
                                    PortNumber inPort) {
            VlanStacks.rewrite(from, customerStack(to)).forEach(t::add);
            t.setOutput(output(to.portNumber(), inPort));
        }

        private HaRuleEntry transit(ConnectPoint in, PortNumber out, int vlan, long cookie,
                                    HaFlowDirection direction, HaPathRole role, HaLeaf leaf) {
            FlowRule rule = rule(in.deviceId(), HaPipeline.INPUT_TABLE, HaPipeline.TRANSIT_PRIORITY,
                                 transitSelector(in.port(), vlan), outputOnly(out), cookie);
            return new HaRuleEntry(rule, direction, role, HaRuleRole.TRANSIT, leaf);
        }

        // ---------------------------------------------------------------- the forward Y-point group

        private GroupPlan groupPlan(HaFlowPath p, HaPathResources r) {
            int vlan = r.forwardTransitVlan();
            PortNumber inPort;
            List<Integer> inStack;
            if (p.trunk().isEmpty()) {
                inPort = z.portNumber();
                inStack = ingressStack(z);
            } else {
                inPort = p.trunk().get(p.trunk().size() - 1).dst().port();
                inStack = List.of(vlan);
            }
            List<List<Integer>> targets = new ArrayList<>();
            List<PortNumber> outPorts = new ArrayList<>();
            for (HaLeaf leaf : HaLeaf.values()) {
                List<Link> branch = p.branch(leaf);
                if (branch.isEmpty()) {
                    targets.add(customerStack(leafEndpoint(leaf)));
                    outPorts.add(output(leafEndpoint(leaf).portNumber(), inPort));
                } else {
                    targets.add(List.of(vlan));
                    outPorts.add(branch.get(0).src().port());
                }
            }
            return new GroupPlan(inPort, inStack, targets, outPorts);
        }

        private GroupDescription group(HaFlowPath p, HaPathResources r, GroupPlan plan) {
            List<GroupBucket> buckets = new ArrayList<>();
            for (int i = 0; i < plan.targets.size(); i++) {
                TrafficTreatment.Builder t = DefaultTrafficTreatment.builder();
                VlanStacks.bucketRewrite(plan.groupStack, plan.targets.get(i))
                        .orElseThrow(() -> new IllegalStateException("group plan without a bucket rewrite"))
                        .forEach(t::add);
                t.setOutput(plan.outPorts.get(i));
                buckets.add(DefaultGroupBucket.createAllGroupBucket(t.build()));
            }
            byte[] key = Longs.toByteArray(HaCookies.group(appId, r.pathCookie()));
            return new DefaultGroupDescription(p.yPoint(), GroupDescription.Type.ALL, new GroupBuckets(buckets),
                                               new DefaultGroupKey(key), r.yPointGroupId().id(), appId);
        }

        // ---------------------------------------------------------------- ingress part

        private void addIngress(Parts out, HaPathRole active) {
            HaFlowPath p = path(active);
            HaPathResources r = pathResources(active);
            List<HaRuleEntry> rules = out.rules;
            addPreIngress(rules, z, FORWARD, active, null);
            for (HaLeaf leaf : HaLeaf.values()) {
                addPreIngress(rules, leafEndpoint(leaf), REVERSE, active, leaf);
            }
            rules.add(forwardIngress(active, p, r));
            for (HaLeaf leaf : HaLeaf.values()) {
                rules.add(reverseIngress(active, p, r, leaf));
            }
            // endpoints on one port and outer VLAN need one pop rule: Parts.inventory keeps it once
            addFlowMeters(out.meters);
        }

        private void addFlowMeters(List<HaMeterEntry> meters) {
            if (!flow.isMetered()) {
                return;
            }
            meters.add(meter(z.deviceId(), resources.sharedMeterId().orElseThrow(), HaMeterRole.SHARED_ENDPOINT,
                             null, null));
            for (HaLeaf leaf : HaLeaf.values()) {
                if (leafMeterNeeded(flow, paths, leaf)) {
                    meters.add(meter(leafEndpoint(leaf).deviceId(), resources.leafMeterId(leaf).orElseThrow(),
                                     HaMeterRole.LEAF, leaf, null));
                }
            }
        }

        private HaRuleEntry forwardIngress(HaPathRole active, HaFlowPath p, HaPathResources r) {
            TrafficTreatment.Builder t = DefaultTrafficTreatment.builder();
            resources.sharedMeterId().filter(m -> flow.isMetered()).ifPresent(t::meter);
            HaRuleRole role;
            if (p.trunk().isEmpty()) {
                GroupPlan plan = groupPlan(p, r);
                VlanStacks.rewrite(plan.inStack, plan.groupStack).forEach(t::add);
                t.group(r.yPointGroupId());
                role = HaRuleRole.Y_POINT_INGRESS;
            } else {
                VlanStacks.rewrite(ingressStack(z), List.of(r.forwardTransitVlan())).forEach(t::add);
                t.setOutput(p.trunk().get(0).src().port());
                role = HaRuleRole.INGRESS;
            }
            long cookie = HaCookies.ingress(appId, resources.flowCookie(), FORWARD, null);
            return new HaRuleEntry(customerRule(z, t.build(), cookie), FORWARD, active, role, null);
        }

        private HaRuleEntry reverseIngress(HaPathRole active, HaFlowPath p, HaPathResources r, HaLeaf leaf) {
            HaFlowEndpoint endpoint = leafEndpoint(leaf);
            List<Link> branch = p.branch(leaf);
            TrafficTreatment.Builder t = DefaultTrafficTreatment.builder();
            HaRuleRole role;
            if (!branch.isEmpty()) {
                resources.leafMeterId(leaf).filter(m -> flow.isMetered()).ifPresent(t::meter);
                VlanStacks.rewrite(ingressStack(endpoint), List.of(r.reverseTransitVlan())).forEach(t::add);
                t.setOutput(branch.get(branch.size() - 1).dst().port());
                role = HaRuleRole.INGRESS;
            } else {
                // the leaf is on the Y-point: its traffic merges here, so the Y-point meter limits it
                r.yPointMeterId().filter(m -> flow.isMetered()).ifPresent(t::meter);
                if (p.trunk().isEmpty()) {
                    deliver(t, ingressStack(endpoint), z, endpoint.portNumber());
                } else {
                    VlanStacks.rewrite(ingressStack(endpoint), List.of(r.reverseTransitVlan())).forEach(t::add);
                    t.setOutput(p.trunk().get(p.trunk().size() - 1).dst().port());
                }
                role = HaRuleRole.Y_POINT_INGRESS;
            }
            long cookie = HaCookies.ingress(appId, resources.flowCookie(), REVERSE, leaf);
            return new HaRuleEntry(customerRule(endpoint, t.build(), cookie), REVERSE, active, role, leaf);
        }

        private void addPreIngress(List<HaRuleEntry> rules, HaFlowEndpoint endpoint, HaFlowDirection direction,
                                   HaPathRole active, HaLeaf leaf) {
            OptionalLong cookie = sharedRuleCookie(endpoint, appId);
            if (cookie.isEmpty()) {
                return;
            }
            TrafficSelector selector = DefaultTrafficSelector.builder().matchInPort(endpoint.portNumber())
                    .matchVlanId(vlanId(endpoint.outerVlan())).build();
            TrafficTreatment treatment = DefaultTrafficTreatment.builder().popVlan()
                    .writeMetadata(endpoint.outerVlan(), HaPipeline.OUTER_VLAN_METADATA_MASK)
                    .transition(HaPipeline.CUSTOMER_TABLE).build();
            FlowRule rule = rule(endpoint.deviceId(), HaPipeline.INPUT_TABLE, HaPipeline.OUTER_VLAN_PRIORITY,
                                 selector, treatment, cookie.getAsLong());
            rules.add(new HaRuleEntry(rule, direction, active, HaRuleRole.PRE_INGRESS, leaf));
        }

        private FlowRule customerRule(HaFlowEndpoint endpoint, TrafficTreatment treatment, long cookie) {
            TrafficSelector.Builder s = DefaultTrafficSelector.builder().matchInPort(endpoint.portNumber());
            if (endpoint.isFullPort()) {
                return rule(endpoint.deviceId(), HaPipeline.INPUT_TABLE, HaPipeline.FULL_PORT_PRIORITY,
                            s.build(), treatment, cookie);
            }
            s.matchMetadata(endpoint.outerVlan());
            if (endpoint.isSingleTagged()) {
                return rule(endpoint.deviceId(), HaPipeline.CUSTOMER_TABLE, HaPipeline.SINGLE_TAGGED_PRIORITY,
                            s.build(), treatment, cookie);
            }
            s.matchVlanId(vlanId(endpoint.innerVlan()));
            return rule(endpoint.deviceId(), HaPipeline.CUSTOMER_TABLE, HaPipeline.DOUBLE_TAGGED_PRIORITY,
                        s.build(), treatment, cookie);
        }

        // ---------------------------------------------------------------- helpers

        private HaMeterEntry meter(DeviceId device, MeterId meterId, HaMeterRole role, HaLeaf leaf,
                                   HaPathRole path) {
            return need(flow, device, role, leaf, path).entry(appId, meterId);
        }

        /**
         * Returns the rule ONOS's builder would make (forDevice, forTable, withPriority, withSelector,
         * withTreatment, withCookie, makePermanent), made by DefaultFlowRule's copy constructor instead: the
         * builder first builds an empty selector and treatment that every rule here replaces. ONOS takes a
         * rule's app id from the top 16 bits of its cookie, where HaCookies puts it.
         */
        private static FlowRule rule(DeviceId device, int table, int priority, TrafficSelector selector,
                                     TrafficTreatment treatment, long cookie) {
            return new DefaultFlowRule(new PermanentRule(device, table, priority, selector, treatment, cookie));
        }

        /** Matches in port and VLAN; one object per build for each pair (selectors are immutable). */
        private TrafficSelector transitSelector(PortNumber inPort, int vlan) {
            // physical port numbers are 32 bits and VLAN ids 12, so the pair fits a long
            Long key = inPort.toLong() << VLAN_BITS | vlan;
            TrafficSelector selector = transitSelectors.get(key);
            if (selector == null) {
                selector = DefaultTrafficSelector.builder().matchInPort(inPort).matchVlanId(vlanId(vlan)).build();
                transitSelectors.put(key, selector);
            }
            return selector;
        }

        /** Only outputs to a port; one object per build for each port (treatments are immutable). */
        private TrafficTreatment outputOnly(PortNumber out) {
            TrafficTreatment treatment = outputs.get(out);
            if (treatment == null) {
                treatment = DefaultTrafficTreatment.builder().setOutput(out).build();
                outputs.put(out, treatment);
            }
            return treatment;
        }

        /** OpenFlow drops a frame sent back out of its input port unless the output is IN_PORT. */
        private static PortNumber output(PortNumber out, PortNumber in) {
            return out.equals(in) ? PortNumber.IN_PORT : out;
        }

        private static VlanId vlanId(int vlan) {
            return VlanId.vlanId((short) vlan);
        }
    }

    /**
     * The fields of a permanent rule, as ONOS's builder sets them, for DefaultFlowRule's copy constructor.
     */
    private static final class PermanentRule implements FlowRule {
        private final DeviceId deviceId;
        private final IndexTableId table;
        private final int priority;
        private final TrafficSelector selector;
        private final TrafficTreatment treatment;
        private final FlowId id;

        private PermanentRule(DeviceId deviceId, int table, int priority, TrafficSelector selector,
                              TrafficTreatment treatment, long cookie) {
            this.deviceId = deviceId;
            this.table = IndexTableId.of(table);
            this.priority = priority;
            this.selector = selector;
            this.treatment = treatment;
            this.id = FlowId.valueOf(cookie);
        }

        @Override
        public FlowId id() {
            return id;
        }

        @Override
        public short appId() {
            return (short) (id.value() >>> APP_ID_SHIFT);
        }

        @Override
        public GroupId groupId() {
            return NO_GROUP;
        }

        @Override
        public int priority() {
            return priority;
        }

        @Override
        public DeviceId deviceId() {
            return deviceId;
        }

        @Override
        public TrafficSelector selector() {
            return selector;
        }

        @Override
        public TrafficTreatment treatment() {
            return treatment;
        }

        @Override
        public int timeout() {
            return 0;
        }

        @Override
        public int hardTimeout() {
            return 0;
        }

        @Override
        public FlowRemoveReason reason() {
            return FlowRemoveReason.NO_REASON;
        }

        @Override
        public boolean isPermanent() {
            return true;
        }

        @Override
        public int tableId() {
            return table.id();
        }

        @Override
        public TableId table() {
            return table;
        }

        @Override
        public boolean exactMatch(FlowRule rule) {
            // what DefaultFlowRule compares: device, priority, match and table, then id and actions
            return rule != null && deviceId.equals(rule.deviceId()) && priority == rule.priority()
                    && table.equals(rule.table()) && selector.equals(rule.selector()) && id.equals(rule.id())
                    && treatment.equals(rule.treatment());
        }
    }
}
