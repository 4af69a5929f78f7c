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
package org.onosproject.ha.cli;

import java.util.Arrays;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.onlab.packet.IpAddress;
import org.onosproject.ha.dpu.DpuHaAdminService;
import org.onosproject.ha.dpu.HaSet;

/**
 * Creates or updates an HA set of two vDPUs.
 */
@Service
@Command(scope = "onos", name = "dpu-ha-set-add", description = "Creates or updates an HA set of two vDPUs")
public class DpuHaSetAddCommand extends HaCommand {

    @Argument(index = 0, name = "haSetId", description = "HA set id", required = true)
    @Completion(HaSetIdCompleter.class)
    String haSetId = null;

    @Argument(index = 1, name = "vdpu0", description = "first vDPU", required = true)
    @Completion(VdpuIdCompleter.class)
    String vdpu0 = null;

    @Argument(index = 2, name = "vdpu1", description = "second vDPU", required = true)
    @Completion(VdpuIdCompleter.class)
    String vdpu1 = null;

    @Option(name = "--vip4", description = "vip_v4")
    String vip4 = null;

    @Option(name = "--vip6", description = "vip_v6")
    String vip6 = null;

    @Option(name = "-p", aliases = "--preferred", description = "preferred_vdpu_id (default: the first vDPU)")
    @Completion(VdpuIdCompleter.class)
    String preferred = null;

    @Option(name = "--npus", description = "comma-separated NPU ids that carry the VIP (default: all)")
    String npus = null;

    @Option(name = "--auto-approve", description = "approve activate_role and flow_reconcile automatically")
    boolean autoApprove = false;

    @Option(name = "--switchover-wait", description = "dpu_driven_ha_switchover_wait_time_ms")
    Long switchoverWait = null;

    @Override
    protected void execute(boolean json) {
        HaSet.Builder b = HaSet.builder(haSetId).vdpuIds(List.of(vdpu0, vdpu1))
                .preferredVdpuId(preferred == null ? vdpu0 : preferred).autoApprove(autoApprove)
                .vipV4(vip4 == null ? null : IpAddress.valueOf(vip4))
                .vipV6(vip6 == null ? null : IpAddress.valueOf(vip6));
        if (npus != null) {
            b.npuIds(Arrays.asList(npus.split(",")));
        }
        if (switchoverWait != null) {
            b.switchoverWaitMs(switchoverWait);
        }
        HaSet set = getService(DpuHaAdminService.class).putHaSet(b.build());
        if (json) {
            printJson(codec(HaSet.class).encode(set, this));
        } else {
            print("HA set %s version %d: %s", set.id(), set.version(), String.join(", ", set.vdpuIds()));
        }
    }
}
