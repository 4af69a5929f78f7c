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
package org.onosproject.ha.gui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.onlab.osgi.TestServiceDirectory;
import org.onosproject.ha.dpu.DpuHaService;
import org.onosproject.ha.dpu.impl.DpuHaHarness;
import org.onosproject.ha.flow.HaFlowService;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DefaultLink;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;
import org.onosproject.net.PortNumber;
import org.onosproject.net.link.LinkServiceAdapter;
import org.onosproject.net.provider.ProviderId;

import java.util.Set;

/**
 * An HA set in service on the DPU testbed, and the link between its two NPUs (port 1 of each), for the
 * DPU HA mode's tests.
 */
final class DpuModeTestSupport {

    static final DeviceId NPU0 = DeviceId.deviceId("of:0000000000000001");
    static final DeviceId NPU1 = DeviceId.deviceId("of:0000000000000002");
    static final Link UPLINK = DefaultLink.builder().providerId(new ProviderId("of", "test"))
            .src(new ConnectPoint(NPU1, PortNumber.portNumber(1))).dst(new ConnectPoint(NPU0, PortNumber.portNumber(1)))
            .type(Link.Type.DIRECT).state(Link.State.ACTIVE).build();

    private DpuModeTestSupport() {
    }

    /** Links of the testbed: the NPU uplink in both directions. */
    static final class Links extends LinkServiceAdapter {
        @Override
        public Set<Link> getEgressLinks(ConnectPoint cp) {
            if (cp.equals(UPLINK.src())) {
                return Set.of(UPLINK);
            }
            return Set.of();
        }
    }

    /** Brings haset0 into service. */
    static void inService(DpuHaHarness dpu) {
        dpu.network();
        dpu.manager().bringUp(DpuHaHarness.haSet());
        dpu.advance(1_000);
    }

    /** Runs the DPU mode request through a real handler and returns its answer. */
    static ObjectNode dpuInfo(DpuHaHarness dpu, HaFlowService flows) {
        RecordingConnection connection = new RecordingConnection();
        HaTopoMessageHandler handler = new HaTopoMessageHandler();
        handler.init(connection, new TestServiceDirectory().add(HaFlowService.class, flows)
                .add(DpuHaService.class, dpu.manager()).add(org.onosproject.net.link.LinkService.class, new Links()));
        handler.process(RecordingConnection.request(HaTopoMessageHandler.SHOW_DPU,
                                                    new ObjectMapper().createObjectNode()));
        handler.destroy();
        return connection.last(HaTopoMessageHandler.DPU_INFO);
    }
}
