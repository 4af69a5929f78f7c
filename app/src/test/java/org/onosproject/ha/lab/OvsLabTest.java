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

import org.junit.AssumptionViolatedException;
import org.junit.Test;
import org.projectfloodlight.openflow.protocol.OFPortDesc;
import org.projectfloodlight.openflow.protocol.OFPortState;
import org.projectfloodlight.openflow.types.DatapathId;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The OVS process manager and the OpenFlow channel on real Open vSwitch.
 */
public class OvsLabTest {

    @Test
    public void ringHandshakesEverySwitchAndCleansUp() throws Exception {
        LabTestSupport.requireOvs();
        LabTopology ring = LabTestSupport.example("ring");
        Path runDir;
        List<Long> pids;
        try (OfController controller = OfController.start(); OvsLab lab = OvsLab.start()) {
            runDir = lab.runDir();
            pids = List.of(Long.parseLong(Files.readString(runDir.resolve("ovs-vswitchd.pid")).trim()),
                           Long.parseLong(Files.readString(runDir.resolve("ovsdb-server.pid")).trim()));
            lab.build(ring, controller.port());
            List<DatapathId> dpids = ring.switches().stream().map(s -> DatapathId.of(s.dpidValue()))
                    .collect(Collectors.toList());
            controller.awaitSwitches(dpids, Duration.ofSeconds(10));
            assertEquals(5, controller.switches().size());
            for (LabTopology.Switch sw : ring.switches()) {
                OfSwitch ofs = controller.getSwitch(DatapathId.of(sw.dpidValue())).orElseThrow();
                List<Long> ports = ofs.ports().stream().map(p -> (long) p.getPortNo().getPortNumber())
                        .sorted().collect(Collectors.toList());
                assertEquals("ports of " + sw, List.of(1L, 2L, 10L), ports);
                assertTrue(ofs.description().getMfrDesc().contains("Nicira"));
            }
            Map<Long, Boolean> live = lab.portLiveness("s1");
            assertEquals(Map.of(1L, true, 2L, true, 10L, true), live);

            lab.cutLink("s1", 1);
            assertFalse(lab.portLiveness("s1").get(1L));
            assertFalse(lab.portLiveness("s2").get(2L));
            OfSwitch s2 = controller.getSwitch(DatapathId.of(2)).orElseThrow();
            awaitPort(s2, 2, false);
            lab.restoreLink("s1", 1);
            assertTrue(lab.portLiveness("s2").get(2L));
            awaitPort(s2, 2, true);
        }
        assertFalse("run dir removed", Files.exists(runDir));
        for (long pid : pids) {
            assertFalse("daemon " + pid + " stopped", isAlive(pid));
        }
    }

    @Test
    public void labOfADeadJvmIsStoppedAndRemovedByTheNextStart() throws Exception {
        LabTestSupport.requireOvs();
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        try (OvsLab orphan = OvsLab.start()) {
            Path runDir = orphan.runDir();
            long vswitchd = Long.parseLong(Files.readString(runDir.resolve("ovs-vswitchd.pid")).trim());
            // as if the JVM that started it had been killed
            Files.writeString(runDir.resolve("owner.pid"), Long.toString(finished.pid()));
            OvsLab.reapStale(runDir.getParent());
            assertFalse("orphan's run dir removed", Files.exists(runDir));
            assertFalse("orphan's vswitchd stopped", isAlive(vswitchd));
        }
    }

    @Test
    public void missingOvsSkipsUnlessRequired() {
        LabTestSupport.requireOvs(List.of(), true);
        try {
            LabTestSupport.requireOvs(List.of("ovs-vswitchd"), true);
            throw new IllegalStateException("a required lab must fail without OVS");
        } catch (AssertionError e) {
            assertTrue(e.getMessage(), e.getMessage().contains("ovs-vswitchd"));
        }
        try {
            LabTestSupport.requireOvs(List.of("ovs-vswitchd"), false);
            throw new IllegalStateException("an optional lab must skip without OVS");
        } catch (AssumptionViolatedException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("skipping"));
        }
    }

    private static void awaitPort(OfSwitch sw, long port, boolean live) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 3000;
        while (System.currentTimeMillis() < deadline) {
            OFPortDesc p = sw.ports().stream().filter(d -> d.getPortNo().getPortNumber() == port).findFirst()
                    .orElseThrow();
            if (p.getState().contains(OFPortState.LIVE) == live) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("port " + port + " of " + sw.dpid() + " never became live=" + live);
    }

    private static boolean isAlive(long pid) throws Exception {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return false;
        }
        String text = Files.readString(status);
        return !text.contains("State:\tZ") && !text.contains("State:\tX");
    }
}
