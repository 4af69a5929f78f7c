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

package org.onosproject.ha.dpu.impl.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onosproject.TestApplicationId;
import org.onosproject.core.ApplicationId;
import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.HaRole;
import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.HaState;
import org.onosproject.ha.dpu.LivenessPin;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.config.ConfigApplyDelegate;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.empty;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/**
 * Tests of the network config document: parsing with SONiC field names, every validation rule
 * with its message, and the round trip.
 */
public class DpuHaConfigTest {

    private static final DeviceId NPU0 = DeviceId.deviceId("of:0000000000000001");
    private static final DeviceId NPU1 = DeviceId.deviceId("of:0000000000000002");
    private static final Predicate<DeviceId> KNOWN = Set.of(NPU0, NPU1)::contains;

    private final ObjectMapper mapper = new ObjectMapper();
    private ObjectNode doc;

    @Before
    public void setUp() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("dpu-ha-example.json")) {
            doc = (ObjectNode) mapper.readTree(in);
        }
    }

    private List<String> problems() {
        DpuHaJson.Parsed parsed = DpuHaJson.parse(doc);
        if (!parsed.problems().isEmpty()) {
            return parsed.problems();
        }
        return NetworkValidator.validate(parsed.network(), KNOWN);
    }

    private ObjectNode set() {
        return (ObjectNode) doc.get("ha_sets").get(0);
    }

    @Test
    public void exampleParsesWithSonicFieldNames() {
        DpuHaJson.Parsed parsed = DpuHaJson.parse(doc);
        assertThat(parsed.problems(), empty());
        DpuHaNetwork net = parsed.network();
        assertEquals(2, net.npus().size());
        Dpu dpu0 = net.dpus().get("dpu0");
        assertEquals(ConnectPoint.deviceConnectPoint("of:0000000000000001/10"), dpu0.attachment());
        assertTrue(dpu0.emulated());
        HaSet set = net.haSets().get("haset0_0");
        assertEquals(IpAddress.valueOf("3.2.1.0"), set.vipV4().get());
        assertEquals(IpAddress.valueOf("3:2::1:0"), set.vipV6().get());
        assertThat(set.vdpuIds(), contains("vdpu0_0", "vdpu1_0"));
        assertEquals("vdpu0_0", set.preferredVdpuId());
        assertEquals(7000, set.dpChannel().dpChannelDstPort());
        assertFalse("auto-approve is off", set.autoApprove());
        HaScope scope = net.haScopes().get(HaScopeKey.of("vdpu0_0", "haset0_0"));
        assertTrue(scope.disabled());
        assertEquals(DesiredHaState.ACTIVE, scope.desiredHaState());
        assertEquals("vdpu1_0", set.peerOf("vdpu0_0"));
        assertEquals(net.dpus().get("dpu1"), net.dpuOf("vdpu1_0").get());
        assertEquals("npu1", net.npuOf(net.dpus().get("dpu1")).get().id());
        assertThat(NetworkValidator.validate(net, KNOWN), empty());
    }

    @Test
    public void configClassReportsValidity() {
        DpuHaConfig config = new DpuHaConfig();
        ApplicationId appId = new TestApplicationId("org.onosproject.ha");
        ConfigApplyDelegate delegate = c -> { };
        config.init(appId, DpuHaConfig.KEY, doc, mapper, delegate);
        assertTrue(config.isValid());
        set().put("vip_v4", "not-an-ip");
        assertFalse(config.isValid());
        assertThat(config.problems(), contains("ha_sets[haset0_0].vip_v4: 'not-an-ip' is not an IP address"));
    }

    @Test
    public void roundTripKeepsEverything() {
        DpuHaNetwork net = DpuHaJson.parse(doc).network();
        JsonNode written = DpuHaJson.toJson(net, mapper);
        DpuHaJson.Parsed again = DpuHaJson.parse(written);
        assertThat(again.problems(), empty());
        assertEquals(net, again.network());
    }

    @Test
    public void unknownDevice() {
        ((ObjectNode) doc.get("npus").get(1)).put("device_id", "of:00000000000000ff");
        assertThat(problems(), hasItem("npus[npu1].device_id: unknown device of:00000000000000ff"));
    }

    @Test
    public void dpuAttachedToSomethingThatIsNotAnNpu() {
        ((ObjectNode) doc.get("dpus").get(1)).put("attachment", "of:0000000000000003/1");
        assertThat(problems(), hasItem("dpus[dpu1].attachment: device of:0000000000000003 is not a configured NPU"));
    }

    @Test
    public void twoDpusOnOnePort() {
        ((ObjectNode) doc.get("dpus").get(1)).put("attachment", "of:0000000000000001/10");
        assertThat(problems(), hasItem(
                "dpus[dpu1].attachment: port of:0000000000000001/10 is already used by DPU dpu0"));
    }

    @Test
    public void realDpuNeedsItsDevice() {
        ((ObjectNode) doc.get("dpus").get(0)).put("emulated", false);
        assertThat(problems(), hasItem("dpus[dpu0].device_id: required for a DPU that is not emulated "
                                               + "(its driver provides the DpuHaAgent)"));
    }

    @Test
    public void vdpuInTwoHaSets() {
        ObjectNode second = set().deepCopy();
        second.put("id", "haset1_0").put("vip_v4", "3.2.1.1").put("vip_v6", "3:2::1:1");
        ((ArrayNode) doc.get("ha_sets")).add(second);
        List<String> p = problems();
        assertThat(p, hasItem("ha_sets[haset1_0].vdpu_ids: vDPU vdpu0_0 is already in HA set haset0_0"));
        assertThat(p, hasItem("ha_sets[haset1_0].vdpu_ids: vDPU vdpu1_0 is already in HA set haset0_0"));
    }

    @Test
    public void preferredVdpuNotInTheSet() {
        set().put("preferred_vdpu_id", "vdpu9");
        assertThat(problems(), contains(
                "ha_sets[haset0_0].preferred_vdpu_id: vdpu9 is not in vdpu_ids [vdpu0_0, vdpu1_0]"));
    }

    @Test
    public void preferredVdpuIsRequired() {
        set().remove("preferred_vdpu_id");
        assertThat(problems(), contains("ha_sets[haset0_0].preferred_vdpu_id: required"));
    }

    @Test
    public void scopeForAVdpuOutsideItsSet() {
        ((ArrayNode) doc.get("dpus")).addObject().put("id", "dpu2").put("attachment", "of:0000000000000001/11")
                .put("emulated", true);
        ((ArrayNode) doc.get("vdpus")).addObject().put("id", "vdpu2_0").putArray("main_dpu_ids").add("dpu2");
        ((ArrayNode) doc.get("ha_scopes")).addObject().put("vdpu_id", "vdpu2_0").put("ha_set_id", "haset0_0");
        assertThat(problems(), contains(
                "ha_scopes[vdpu2_0:haset0_0].vdpu_id: vDPU vdpu2_0 is not in HA set haset0_0 [vdpu0_0, vdpu1_0]"));
    }

    @Test
    public void scopeBeforeItsSet() {
        ((ArrayNode) doc.get("ha_sets")).removeAll();
        List<String> p = problems();
        assertThat(p, hasItem("ha_scopes[vdpu0_0:haset0_0].ha_set_id: HA set haset0_0 is not defined "
                                      + "(write the set before its scopes)"));
    }

    @Test
    public void deletingASetThatStillHasScopes() {
        DpuHaNetwork net = DpuHaJson.parse(doc).network();
        assertThat(NetworkValidator.checkRemoveHaSet(net, "haset0_0"), contains(
                "ha_sets[haset0_0]: the HA set still has scopes vdpu0_0:haset0_0, vdpu1_0:haset0_0; "
                        + "remove the scopes first"));
        DpuHaNetwork withoutScopes = net.toBuilder()
                .removeHaScope(HaScopeKey.of("vdpu0_0", "haset0_0"))
                .removeHaScope(HaScopeKey.of("vdpu1_0", "haset0_0")).build();
        assertThat(NetworkValidator.checkRemoveHaSet(withoutScopes, "haset0_0"), empty());
    }

    @Test
    public void onlyDpuScopeAndDpuOwner() {
        set().put("scope", "eni").put("owner", "switch");
        List<String> p = problems();
        assertThat(p, hasItem("ha_sets[haset0_0].scope: only 'dpu' is supported, got 'eni'"));
        assertThat(p, hasItem("ha_sets[haset0_0].owner: only 'dpu' (DPU-driven) is supported, got 'switch'"));
    }

    @Test
    public void enumValuesAreNamed() {
        set().put("scope", "rack");
        assertThat(problems(), contains("ha_sets[haset0_0].scope: 'rack' is not a HaScopeLevel; "
                                                + "expected one of dpu, eni"));
    }

    @Test
    public void vipFamiliesAndUniqueness() {
        set().put("vip_v4", "3:2::1:5");
        assertThat(problems(), hasItem("ha_sets[haset0_0].vip_v4: 3:2::1:5 is not an IPv4 address"));
        set().remove("vip_v4");
        set().remove("vip_v6");
        assertThat(problems(), contains("ha_sets[haset0_0].vip_v4: an HA set needs vip_v4 or vip_v6"));
    }

    @Test
    public void pinsAlignWithVdpus() {
        set().putArray("pinned_vdpu_bfd_probe_states").add("up");
        assertThat(problems(), contains(
                "ha_sets[haset0_0].pinned_vdpu_bfd_probe_states: needs one entry per vDPU in vdpu_ids"));
        set().putArray("pinned_vdpu_bfd_probe_states").add("up").add("");
        HaSet s = DpuHaJson.parse(doc).network().haSets().get("haset0_0");
        assertThat(s.pinnedVdpuBfdProbeStates(), contains(LivenessPin.UP, LivenessPin.NONE));
    }

    @Test
    public void dpChannelPorts() {
        ((ObjectNode) set().get("dp_channel")).put("dp_channel_src_port_min", 8000).put("dp_channel_dst_port", 0);
        List<String> p = problems();
        assertThat(p, hasItem("ha_sets[haset0_0].dp_channel.dp_channel_dst_port: 0 is not a UDP port (1-65535)"));
        assertThat(p, hasItem("ha_sets[haset0_0].dp_channel.dp_channel_src_port_min: 8000 is above "
                                      + "dp_channel_src_port_max 7010"));
    }

    @Test
    public void unknownFieldsAndWrongTypesAreNamed() {
        set().put("prefered_vdpu_id", "vdpu0_0");
        ((ObjectNode) doc.get("ha_scopes").get(0)).put("disabled", "maybe");
        List<String> p = DpuHaJson.parse(doc).problems();
        assertThat(p, hasItem("ha_sets[haset0_0].prefered_vdpu_id: unknown field"));
        assertThat(p, hasItem("ha_scopes[vdpu0_0:haset0_0].disabled: must be true or false"));
    }

    @Test
    public void emulatedAndRealDpusCannotPair() {
        ((ObjectNode) doc.get("dpus").get(1)).put("emulated", false).put("device_id", "of:0000000000000002");
        assertThat(problems(), contains("ha_sets[haset0_0].vdpu_ids: an emulated and a real DPU cannot pair "
                                                + "(dpu0 emulated=true, dpu1 emulated=false)"));
    }

    @Test
    public void sonicCommaListsAreAccepted() {
        set().put("vdpu_ids", "vdpu0_0,vdpu1_0");
        assertThat(problems(), empty());
    }

    @Test
    public void setNeedsTwoDistinctVdpus() {
        set().putArray("vdpu_ids").add("vdpu0_0").add("vdpu0_0");
        set().putArray("pinned_vdpu_bfd_probe_states").add("none").add("none");
        assertThat(problems(), hasItem(
                "ha_sets[haset0_0].vdpu_ids: an HA set pairs exactly two distinct vDPUs, got [vdpu0_0, vdpu0_0]"));
    }

    @Test
    public void sonicNamesAndKeys() {
        assertEquals(HaScopeKey.of("vdpu0_0", "haset0_0"), HaScopeKey.parse("vdpu0_0:haset0_0"));
        assertEquals("vdpu0_0:haset0_0", HaScopeKey.of("vdpu0_0", "haset0_0").toString());
        assertEquals(HaState.PENDING_ACTIVE_ACTIVATION,
                     HaState.fromSonicName("pending_active_activation"));
        assertEquals(HaState.ACTIVE,
                     HaState.fromSonicName("HA_STATE_ACTIVE"));
        assertEquals("switching_to_standalone", HaState.SWITCHING_TO_STANDALONE.sonicName());
        assertEquals(DesiredHaState.UNSPECIFIED, DesiredHaState.fromSonicName("none"));
        assertEquals(HaRole.STANDBY, DesiredHaState.UNSPECIFIED.toRole());
        assertEquals(13, HaState.values().length);
        try {
            HaScopeKey.parse("vdpu0_0");
            throw new AssertionError("a key needs both parts");
        } catch (IllegalArgumentException e) {
            assertEquals("HA scope key 'vdpu0_0' must be <vdpu_id>:<ha_scope_id>", e.getMessage());
        }
    }
}
