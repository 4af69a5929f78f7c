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
package org.onosproject.ha.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.DpuHaException;
import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.LivenessPin;
import org.onosproject.ha.dpu.PendingOperation;
import org.onosproject.ha.dpu.PendingOperationType;
import org.onosproject.ha.dpu.SteeringDecision;
import org.onosproject.ha.dpu.SteeringReason;

import java.io.IOException;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * DPU HA JSON: SONiC's field and value names, round trips, and strict decoding naming each field.
 */
public class DpuHaCodecTest {

    private final HaCodecTestContext context = new HaCodecTestContext();

    private ObjectNode json(String text) throws IOException {
        return (ObjectNode) context.mapper().readTree(text);
    }

    private static List<String> problems(Runnable r) {
        try {
            r.run();
        } catch (DpuHaException e) {
            assertEquals(DpuHaException.Kind.INVALID, e.kind());
            return e.problems();
        }
        fail("expected an INVALID DpuHaException");
        return null;
    }

    @Test
    public void haSetRoundTripsWithSonicNames() throws IOException {
        HaSet set = HaSet.builder("haset0").version(3).vipV4(IpAddress.valueOf("3.2.1.0"))
                .vdpuIds(List.of("vdpu0", "vdpu1")).preferredVdpuId("vdpu0").pin("vdpu1", LivenessPin.DOWN)
                .npuIds(List.of("npu0")).autoApprove(true).switchoverWaitMs(3000).build();
        ObjectNode encoded = context.codec(HaSet.class).encode(set, context);
        assertEquals("dpu", encoded.get("scope").asText());
        assertEquals("dpu", encoded.get("owner").asText());
        assertEquals("down", encoded.get("pinned_vdpu_bfd_probe_states").get(1).asText());
        assertEquals(7000, encoded.get("dp_channel").get("dp_channel_dst_port").asInt());
        assertFalse("unset IPv6 VIP is omitted", encoded.has("vip_v6"));
        HaSet decoded = context.codec(HaSet.class).decode(json(encoded.toString()), context);
        assertEquals(set, decoded);
    }

    @Test
    public void haSetDecodingNamesEveryBadField() {
        List<String> p = problems(() -> {
            try {
                context.codec(HaSet.class).decode(json("{\"id\": \"s\", \"vip_v4\": \"3.2.1\","
                        + " \"vdpu_ids\": [\"a\", 1], \"owner\": \"nobody\", \"preferred\": \"a\","
                        + " \"dp_channel\": {\"dp_channel_dst_port\": \"x\"},"
                        + " \"pinned_vdpu_bfd_probe_states\": [\"up\", \"down\", \"none\"]}"), context);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        String all = String.join("\n", p);
        assertThat(all, containsString("vip_v4: must be an IPv4 or IPv6 address"));
        assertThat(all, containsString("vdpu_ids[1]: must be a string"));
        assertThat(all, containsString("owner:"));
        assertThat(all, containsString("preferred: unknown field"));
        assertThat(all, containsString("dp_channel.dp_channel_dst_port: must be an integer"));
        assertThat(all, containsString("pinned_vdpu_bfd_probe_states: needs one entry per vDPU"));
    }

    @Test
    public void haScopeDefaultsToDisabledAndChecksItsKey() throws IOException {
        HaScope scope = context.codec(HaScope.class).decode(json("{\"vdpu_id\": \"vdpu0\", \"ha_set_id\": \"s0\","
                + " \"desired_ha_state\": \"Active\"}"), context);
        assertTrue(scope.disabled());
        assertEquals(DesiredHaState.ACTIVE, scope.desiredHaState());
        assertEquals(HaScopeKey.of("vdpu0", "s0"), scope.key());
        JsonNode encoded = context.codec(HaScope.class).encode(scope, context);
        assertEquals("vdpu0:s0", encoded.get("key").asText());
        assertEquals("active", encoded.get("desired_ha_state").asText());
        assertEquals(scope, context.codec(HaScope.class).decode((ObjectNode) encoded, context));

        List<String> p = problems(() -> {
            try {
                context.codec(HaScope.class).decode(json("{\"vdpu_id\": \"vdpu0\", \"ha_set_id\": \"s0\","
                        + " \"ha_scope_id\": \"s1\", \"key\": \"x:y\", \"disabled\": \"no\"}"), context);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(p, hasItems("ha_scope_id: must equal ha_set_id for scope dpu",
                               "key: must be vdpu0:s0 (vdpu_id:ha_set_id), got 'x:y'",
                               "disabled: must be true or false, got string 'no'"));
    }

    @Test
    public void dpuAttachmentIsDeviceSlashPort() throws IOException {
        Dpu dpu = context.codec(Dpu.class).decode(json("{\"id\": \"dpu0\", \"attachment\": \"of:0000000000000001/10\","
                + " \"emulated\": true}"), context);
        assertEquals(10, dpu.attachment().port().toLong());
        assertEquals("of:0000000000000001/10",
                     context.codec(Dpu.class).encode(dpu, context).get("attachment").asText());
        List<String> p = problems(() -> {
            try {
                context.codec(Dpu.class).decode(json("{\"id\": \"dpu0\", \"attachment\": \"port10\"}"), context);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(p.get(0), containsString("attachment: must be <device-id>/<port>"));
    }

    @Test
    public void operationsAndSteeringUseSonicStrings() {
        PendingOperation op = PendingOperation.raised("6f0c", PendingOperationType.BRAINSPLIT_RECOVER,
                                                      HaScopeKey.of("vdpu0", "s0"), 1000);
        JsonNode j = context.codec(PendingOperation.class).encode(op, context);
        assertEquals("brainsplit_recover", j.get("type").asText());
        assertEquals("pending", j.get("status").asText());
        assertEquals("vdpu0:s0", j.get("key").asText());
        SteeringDecision d = new SteeringDecision("s0", "vdpu1", null, SteeringReason.OTHER_LIVE, List.of("vdpu1"));
        JsonNode s = context.codec(SteeringDecision.class).encode(d, context);
        assertEquals("other_live", s.get("reason").asText());
        assertEquals("vdpu1", s.get("selected_vdpu_id").asText());
        assertFalse(s.has("backup_vdpu_id"));
    }
}
