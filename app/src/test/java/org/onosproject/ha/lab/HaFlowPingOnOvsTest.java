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
package org.onosproject.ha.lab;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.onosproject.ha.flow.HaFlow;
import org.onosproject.ha.flow.HaFlowEndpoint;
import org.onosproject.ha.flow.HaFlowId;
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.ha.flow.HaFlowPaths;
import org.onosproject.ha.flow.HaFlowPingResult;
import org.onosproject.ha.flow.HaFlowPingResult.DirectionResult;
import org.onosproject.ha.flow.HaFlowRequest;
import org.onosproject.ha.flow.HaFlowStatus;
import org.onosproject.ha.flow.HaFlowTestData;
import org.onosproject.ha.flow.HaLeaf;
import org.onosproject.ha.flow.HaSubFlowRequest;
import org.onosproject.ha.flow.impl.HaFlowPinger;
import org.onosproject.net.Link;
import org.onosproject.net.PortNumber;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Ping ({@link HaFlowPinger}, through the manager's {@code pingHaFlow} and directly) on real Open vSwitch:
 * probes sent in at one endpoint with packet-outs and caught at the other by temporary rules. A healthy flow
 * answers in every direction; after a link of a pinned flow is cut (no reroute) the sub-flow through it fails
 * in both directions naming exactly the cut link, the other one still answers; no probe ever leaves a customer
 * port and no temporary rule stays behind.
 */
public class HaFlowPingOnOvsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final List<String> SWITCHES = List.of("s1", "s2", "s3", "s4", "s5");
    private static final Pattern TX = Pattern.compile("tx pkts=(\\d+)");

    private static LabNetwork net;
    private static LabHaFlowManager manager;
    private String[] cut;

    @BeforeClass
    public static void startLab() throws Exception {
        LabTestSupport.requireOvs();
        net = LabNetwork.start(LabTestSupport.example("diamond"));
        manager = LabHaFlowManager.start(net, Map.of());
    }

    @AfterClass
    public static void stopLab() {
        if (manager != null) {
            manager.stop();
        }
        if (net != null) {
            net.close();
        }
    }

    @After
    public void cleanUp() {
        if (manager == null) {
            return;
        }
        if (cut != null) {
            net.restoreLink(cut[0], Long.parseLong(cut[1]));
        }
        for (HaFlow f : manager.getHaFlows()) {
            manager.deleteHaFlow(f.id());
        }
    }

    // ------------------------------------------------------------------ helpers

    private static HaFlowEndpoint ep(String sw, int port, int outer, int inner) {
        return HaFlowEndpoint.of(net.deviceId(sw), PortNumber.portNumber(port), outer, inner);
    }

    private static HaFlowRequest.Builder request(String id, HaFlowEndpoint z, HaFlowEndpoint a, HaFlowEndpoint b) {
        return HaFlowRequest.builder().haFlowId(id).sharedEndpoint(z)
                .subFlows(List.of(HaSubFlowRequest.of(id + "-a", a, "leaf A"),
                                  HaSubFlowRequest.of(id + "-b", b, "leaf B")))
                .maximumBandwidth(1000);
    }

    /** Packets sent out of every host port so far: a probe leaving a customer port would show here. */
    private static Map<String, Long> hostTx() {
        Map<String, Long> tx = new HashMap<>();
        for (LabTopology.Switch s : net.topology().switches()) {
            for (LabTopology.HostPort h : s.hostPorts()) {
                Matcher m = TX.matcher(net.ovs().ofctl("dump-ports", s.name(), Long.toString(h.port())));
                assertTrue("no tx counter for " + s.name() + ":" + h.port(), m.find());
                tx.put(s.name() + ":" + h.port(), Long.parseLong(m.group(1)));
            }
        }
        return tx;
    }

    private static void assertNoProbeRuleLeft() {
        for (String sw : SWITCHES) {
            for (String flow : net.ovs().dumpFlows(sw)) {
                assertFalse("temporary ping rule left on " + sw + ": " + flow,
                            flow.contains("priority=" + HaFlowPinger.PROBE_PRIORITY));
            }
        }
    }

    private static void assertAnswers(DirectionResult r, String what) {
        assertTrue(what + ": " + r, r.success());
        assertThat(what + " latency", r.latency().orElseThrow(), lessThan(TIMEOUT));
    }

    private static HaFlowPingResult.SubFlowResult subFlow(HaFlowPingResult r, String id) {
        return r.subFlows().stream().filter(s -> s.subFlowId().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + id + " in " + r));
    }

    private static HaFlow awaitStatus(String id, HaFlowStatus status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            HaFlow f = manager.getHaFlow(HaFlowId.of(id)).orElseThrow();
            if (f.status() == status) {
                return f;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("HA-flow " + id + " did not become " + status);
        return null;
    }

    // ------------------------------------------------------------------ tests

    @Test
    public void healthyProtectedFlowAnswersInEveryDirection() {
        manager.createHaFlow(request("h1", ep("s1", 10, 100, 10), ep("s4", 10, 200, 0), ep("s5", 10, 0, 0))
                                     .allocateProtectedPath(true).build());
        Map<String, Long> txBefore = hostTx();
        HaFlowPingResult r = manager.pingHaFlow(HaFlowId.of("h1"), TIMEOUT);
        assertTrue(r.toString(), r.pingSuccess());
        assertEquals(2, r.subFlows().size());
        for (HaFlowPingResult.SubFlowResult s : r.subFlows()) {
            assertAnswers(s.forward(), s.subFlowId() + " forward");
            assertAnswers(s.reverse(), s.subFlowId() + " reverse");
        }
        assertEquals("no probe left through a customer port", txBefore, hostTx());
        assertNoProbeRuleLeft();
        assertTrue(manager.validateHaFlow(HaFlowId.of("h1")).asExpected());
    }

    @Test
    public void aCutLinkOfAPinnedFlowIsNamedInBothDirectionsOfItsSubFlow() {
        manager.createHaFlow(request("c1", ep("s1", 10, 110, 0), ep("s4", 10, 210, 21), ep("s5", 10, 310, 0))
                                     .pinned(true).build());
        HaFlowPath primary = manager.getHaFlowPaths(HaFlowId.of("c1")).orElseThrow().primary();
        List<Link> branchB = primary.branch(HaLeaf.B);
        assertFalse("B is not on the Y-point", branchB.isEmpty());
        Link broken = branchB.get(branchB.size() - 1);
        cut = new String[]{net.switchName(broken.src().deviceId()), Long.toString(broken.src().port().toLong())};
        net.cutLink(cut[0], Long.parseLong(cut[1]));
        awaitStatus("c1", HaFlowStatus.DOWN);
        assertEquals("a pinned flow stays on its path", primary,
                     manager.getHaFlowPaths(HaFlowId.of("c1")).orElseThrow().primary());

        HaFlowPingResult r = manager.pingHaFlow(HaFlowId.of("c1"), TIMEOUT);
        assertFalse(r.toString(), r.pingSuccess());
        HaFlowPingResult.SubFlowResult a = subFlow(r, "c1-a");
        assertAnswers(a.forward(), "A forward");
        assertAnswers(a.reverse(), "A reverse");
        HaFlowPingResult.SubFlowResult b = subFlow(r, "c1-b");
        assertFalse(b.forward().success());
        assertThat(b.forward().error(), containsString("segment " + broken.src() + " -> " + broken.dst()));
        assertFalse(b.reverse().success());
        assertThat(b.reverse().error(), containsString("segment " + broken.dst() + " -> " + broken.src()));
        assertThat("the reverse probe is lost on its first link", b.reverse().error(),
                   containsString("sent in at B at " + broken.dst().deviceId() + "/10"));
        assertNoProbeRuleLeft();
    }

    @Test
    public void leafOnTheYPointLeafOnZsSwitchAndOneSwitchFlowsArePingedWithoutTouchingCustomerPorts() {
        HaFlowPinger pinger = new HaFlowPinger(net.packetService(), net.flowRuleService(), HaFlowTestData.APP_ID,
                                               LabHaFlowManager.CONFIRM_TIMEOUT_MS);
        try (InventoryInstaller installer = new InventoryInstaller(net, HaFlowTestData.APP_ID)) {
            // A on the Y-point s2: B's branch is probed from s2, so the group never copies a probe to A's port
            HaFlow yOnLeaf = HaFlowTestData.flow(ep("s1", 10, 0, 0), ep("s2", 10, 200, 20), ep("s5", 10, 400, 0),
                                                 1000).build();
            HaFlowPaths paths = HaFlowPaths.of(HaFlowPath.of(
                    net.deviceId("s2"), List.of(link("s1", 1, "s2", 1)), List.of(), List.of(link("s2", 3, "s5", 1))));
            InventoryInstaller.Installed installed = installer.install(yOnLeaf, paths,
                                                                       HaFlowTestData.resources(true, false));
            Map<String, Long> txBefore = hostTx();
            HaFlowPingResult r = pinger.ping(yOnLeaf, paths, installed.resources(), TIMEOUT);
            assertTrue(r.toString(), r.pingSuccess());
            assertEquals(2, r.subFlows().size());
            assertEquals("no probe left through a customer port", txBefore, hostTx());
            installer.remove(installed.inventory());

            // A on Z's switch s1 with the Y-point there: A has no link and is left out, B answers
            HaFlow leafOnZ = HaFlowTestData.flow(ep("s1", 10, 100, 10), ep("s1", 11, 200, 0), ep("s5", 10, 0, 0),
                                                 1000).build();
            paths = HaFlowPaths.of(HaFlowPath.of(net.deviceId("s1"), List.of(), List.of(),
                                                 List.of(link("s1", 1, "s2", 1), link("s2", 3, "s5", 1))));
            installed = installer.install(leafOnZ, paths, HaFlowTestData.resources(true, false));
            r = pinger.ping(leafOnZ, paths, installed.resources(), TIMEOUT);
            assertTrue(r.toString(), r.pingSuccess());
            assertEquals(List.of(leafOnZ.subFlowB().id()), List.of(r.subFlows().get(0).subFlowId()));
            assertEquals(1, r.subFlows().size());
            assertEquals("no probe left through a customer port", txBefore, hostTx());
            installer.remove(installed.inventory());

            // everything on s1: nothing to ping, said so
            HaFlow oneSwitch = HaFlowTestData.flow(ep("s1", 10, 100, 0), ep("s1", 11, 200, 0), ep("s1", 10, 300, 0),
                                                   1000).build();
            paths = HaFlowPaths.of(HaFlowPath.of(net.deviceId("s1"), List.of(), List.of(), List.of()));
            r = pinger.ping(oneSwitch, paths, HaFlowTestData.resources(true, false), TIMEOUT);
            assertFalse(r.pingSuccess());
            assertThat(r.error(), containsString("only one-switch sub-flows"));
        }
        assertNoProbeRuleLeft();
    }

    private static Link link(String src, int srcPort, String dst, int dstPort) {
        return net.linkService().getLink(net.connectPoint(src, srcPort), net.connectPoint(dst, dstPort));
    }
}
