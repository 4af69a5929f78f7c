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

import org.onlab.packet.IpAddress;
import org.onosproject.ha.dpu.DpuHaAdminService;
import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaScopeState;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.HaState;
import org.onosproject.ha.dpu.Npu;
import org.onosproject.ha.dpu.SteeringDecision;
import org.onosproject.ha.dpu.Vdpu;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.DefaultFlowRule;
import org.onosproject.net.flow.DefaultTrafficSelector;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.FlowRule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The DPU HA setup on {@code docs/examples/fabric.json}: NPUs npu1 and npu2, emulated DPUs dpu1 (npu1:3),
 * dpu2 (npu2:3) and dpu3 (npu1:5), one vDPU on each, VIP traffic from hosts on the NPUs' port 10. The DPU
 * bridges stand for the DPUs' data plane: a lab rule on each hands what arrives from its NPU (port 1) to
 * its service port 10, so a trace that reaches a DPU shows as a delivery at {@code dpuN:10}.
 */
public final class FabricDpus {

    /** IPv4 VIP of the HA sets. */
    public static final IpAddress VIP4 = IpAddress.valueOf("10.0.100.1");
    /** IPv6 VIP of the HA sets. */
    public static final IpAddress VIP6 = IpAddress.valueOf("fd00::100:1");
    /** vDPU on dpu1 (npu1:3). */
    public static final String VDPU1 = "vdpu1";
    /** vDPU on dpu2 (npu2:3). */
    public static final String VDPU2 = "vdpu2";
    /** vDPU on dpu3 (npu1:5). */
    public static final String VDPU3 = "vdpu3";

    /** Milliseconds a planned shutdown waits for the network to converge. */
    public static final long SWITCHOVER_WAIT_MS = 500;

    private static final List<String> NPUS = List.of("npu1", "npu2");
    private static final long HOST_PORT = 10;
    private static final long DPU_UPLINK = 1;
    private static final long DPU_SERVICE_PORT = 10;
    private static final int SERVICE_PRIORITY = 1000;

    private FabricDpus() {
    }

    /**
     * Writes the NPUs, DPUs and vDPUs of the fabric through the admin API.
     *
     * @param net     the fabric lab
     * @param manager DPU HA admin service
     */
    public static void writeNetwork(LabNetwork net, DpuHaAdminService manager) {
        manager.putNpu(new Npu("npu1", net.deviceId("npu1"), IpAddress.valueOf("10.1.0.1")));
        manager.putNpu(new Npu("npu2", net.deviceId("npu2"), IpAddress.valueOf("10.1.0.2")));
        manager.putDpu(new Dpu("dpu1", net.connectPoint("npu1", 3), true, IpAddress.valueOf("18.0.202.1"), null));
        manager.putDpu(new Dpu("dpu2", net.connectPoint("npu2", 3), true, IpAddress.valueOf("18.1.202.1"), null));
        manager.putDpu(new Dpu("dpu3", net.connectPoint("npu1", 5), true, IpAddress.valueOf("18.0.202.3"), null));
        manager.putVdpu(new Vdpu(VDPU1, List.of("dpu1")));
        manager.putVdpu(new Vdpu(VDPU2, List.of("dpu2")));
        manager.putVdpu(new Vdpu(VDPU3, List.of("dpu3")));
    }

    /**
     * Returns an HA set over two vDPUs with both VIPs, the first one preferred, and a network convergence
     * wait of {@value #SWITCHOVER_WAIT_MS} ms on planned shutdowns (the lab converges at once).
     *
     * @param id        HA set id
     * @param preferred preferred vDPU
     * @param other     the other vDPU
     * @return HA set
     */
    public static HaSet haSet(String id, String preferred, String other) {
        return HaSet.builder(id).vipV4(VIP4).vipV6(VIP6).vdpuIds(List.of(preferred, other))
                .preferredVdpuId(preferred).switchoverWaitMs(SWITCHOVER_WAIT_MS).build();
    }

    /**
     * Installs the emulated DPUs' data plane: on every DPU bridge, what arrives from the NPU goes to the
     * service port. These rules belong to the lab, not to the application.
     *
     * @param net the fabric lab
     */
    public static void installDpuDataPlanes(LabNetwork net) {
        List<FlowRule> rules = new ArrayList<>();
        for (LabTopology.Switch s : net.topology().switches()) {
            if (!"dpu".equals(s.role())) {
                continue;
            }
            rules.add(DefaultFlowRule.builder().forDevice(net.deviceId(s.name())).fromApp(LabNetwork.LAB_APP)
                              .forTable(0).withPriority(SERVICE_PRIORITY).makePermanent()
                              .withSelector(DefaultTrafficSelector.builder()
                                                    .matchInPort(PortNumber.portNumber(DPU_UPLINK)).build())
                              .withTreatment(DefaultTrafficTreatment.builder()
                                                     .setOutput(PortNumber.portNumber(DPU_SERVICE_PORT)).build())
                              .build());
        }
        net.flowRuleService().applyFlowRules(rules.toArray(new FlowRule[0]));
    }

    /**
     * Returns an untagged IP frame to a VIP.
     *
     * @param vip VIP
     * @return frame
     */
    public static TraceFrame vipFrame(IpAddress vip) {
        return TraceFrame.builder().ipDst(vip.toString()).build();
    }

    /**
     * Traces a frame to a VIP from the host port of an NPU.
     *
     * @param net the fabric lab
     * @param npu NPU switch name
     * @param vip VIP
     * @return trace
     */
    public static TraceResult traceVip(LabNetwork net, String npu, IpAddress vip) {
        return net.trace(npu, HOST_PORT, vipFrame(vip));
    }

    /**
     * Returns where VIP traffic from every NPU's host port ends up, for both VIPs: the DPU bridges it is
     * delivered on ("dpu1", ...), "nowhere" when it is dropped, one entry per NPU and VIP.
     *
     * @param net the fabric lab
     * @return e.g. ["npu1 10.0.100.1 -> dpu1", ...]
     */
    public static List<String> vipDeliveries(LabNetwork net) {
        List<String> out = new ArrayList<>();
        for (String npu : NPUS) {
            for (IpAddress vip : List.of(VIP4, VIP6)) {
                out.add(npu + " " + vip + " -> " + reached(traceVip(net, npu, vip)));
            }
        }
        return out;
    }

    /**
     * Returns the DPU bridges a trace delivers to, or "nowhere".
     *
     * @param t trace
     * @return e.g. "dpu1", "dpu1+dpu2" or "nowhere"
     */
    public static String reached(TraceResult t) {
        List<String> where = new ArrayList<>();
        for (TraceHop h : t.deliveries()) {
            where.add(h.port() == DPU_SERVICE_PORT && h.bridge().startsWith("dpu") ? h.bridge() : h.toString());
        }
        return where.isEmpty() ? "nowhere" : String.join("+", where);
    }

    /**
     * Returns the expected {@link #vipDeliveries} when all VIP traffic reaches one DPU bridge.
     *
     * @param dpu DPU bridge name
     * @return the list
     */
    public static List<String> allTo(String dpu) {
        List<String> out = new ArrayList<>();
        for (String npu : NPUS) {
            for (IpAddress vip : List.of(VIP4, VIP6)) {
                out.add(npu + " " + vip + " -> " + dpu);
            }
        }
        return out;
    }

    /**
     * Returns the HA state of a vDPU's scope in a set.
     *
     * @param manager DPU HA service
     * @param set     HA set id
     * @param vdpu    vDPU id
     * @return state, empty if not observed yet
     */
    public static Optional<HaState> state(DpuHaAdminService manager, String set, String vdpu) {
        return manager.getScopeState(HaScopeKey.of(vdpu, set)).map(HaScopeState::haState);
    }

    /**
     * Returns the vDPU the steering of a set selects.
     *
     * @param manager DPU HA service
     * @param set     HA set id
     * @return selected vDPU, empty if none
     */
    public static Optional<String> selected(DpuHaAdminService manager, String set) {
        return manager.getSteering(set).flatMap(SteeringDecision::selectedVdpuId);
    }

    /**
     * Returns the backup vDPU of a set's steering (its fast-failover bucket).
     *
     * @param manager DPU HA service
     * @param set     HA set id
     * @return backup vDPU, empty if none
     */
    public static Optional<String> backup(DpuHaAdminService manager, String set) {
        return manager.getSteering(set).flatMap(SteeringDecision::backupVdpuId);
    }

    /**
     * Waits for a condition the manager's own threads bring about.
     *
     * @param what      what is awaited, for the error
     * @param timeout   how long
     * @param condition the condition
     * @throws IllegalStateException when it does not hold in time
     */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + ": not within " + timeout.toMillis() + " ms");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + what, e);
            }
        }
    }
}
