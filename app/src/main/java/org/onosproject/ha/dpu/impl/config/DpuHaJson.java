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
import com.google.common.collect.ImmutableList;
import org.onlab.packet.IpAddress;
import org.onosproject.ha.dpu.DesiredHaState;
import org.onosproject.ha.dpu.DpChannelConfig;
import org.onosproject.ha.dpu.Dpu;
import org.onosproject.ha.dpu.HaOwner;
import org.onosproject.ha.dpu.HaScope;
import org.onosproject.ha.dpu.HaScopeKey;
import org.onosproject.ha.dpu.HaScopeLevel;
import org.onosproject.ha.dpu.HaSet;
import org.onosproject.ha.dpu.LivenessPin;
import org.onosproject.ha.dpu.Npu;
import org.onosproject.ha.dpu.Vdpu;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The JSON form of the DPU HA network config, with SONiC's field names ({@code vdpu_ids},
 * {@code preferred_vdpu_id}, {@code desired_ha_state}, ...). Parsing collects every problem as
 * {@code field: rule} instead of stopping at the first.
 */
public final class DpuHaJson {

    /** Top-level array of NPUs. */
    public static final String NPUS = "npus";
    /** Top-level array of DPUs. */
    public static final String DPUS = "dpus";
    /** Top-level array of vDPUs. */
    public static final String VDPUS = "vdpus";
    /** Top-level array of HA sets. */
    public static final String HA_SETS = "ha_sets";
    /** Top-level array of HA scopes. */
    public static final String HA_SCOPES = "ha_scopes";

    private static final String ID = "id";
    private static final String DEVICE_ID = "device_id";
    private static final String NPU_IPV4 = "npu_ipv4";
    private static final String ATTACHMENT = "attachment";
    private static final String EMULATED = "emulated";
    private static final String PA_IPV4 = "pa_ipv4";
    private static final String MAIN_DPU_IDS = "main_dpu_ids";
    private static final String VERSION = "version";
    private static final String VIP_V4 = "vip_v4";
    private static final String VIP_V6 = "vip_v6";
    private static final String VDPU_IDS = "vdpu_ids";
    private static final String SCOPE = "scope";
    private static final String OWNER = "owner";
    private static final String PREFERRED_VDPU_ID = "preferred_vdpu_id";
    private static final String PINS = "pinned_vdpu_bfd_probe_states";
    private static final String SET_NPUS = "npus";
    private static final String AUTO_APPROVE = "auto_approve";
    private static final String SWITCHOVER_WAIT = "dpu_driven_ha_switchover_wait_time_ms";
    private static final String DP_CHANNEL = "dp_channel";
    private static final String CP_DATA_CHANNEL_PORT = "cp_data_channel_port";
    private static final String DP_CHANNEL_DST_PORT = "dp_channel_dst_port";
    private static final String DP_CHANNEL_SRC_PORT_MIN = "dp_channel_src_port_min";
    private static final String DP_CHANNEL_SRC_PORT_MAX = "dp_channel_src_port_max";
    private static final String DP_CHANNEL_PROBE_INTERVAL_MS = "dp_channel_probe_interval_ms";
    private static final String DP_CHANNEL_PROBE_FAIL_THRESHOLD = "dp_channel_probe_fail_threshold";
    private static final String VDPU_ID = "vdpu_id";
    private static final String HA_SET_ID = "ha_set_id";
    private static final String HA_SCOPE_ID = "ha_scope_id";
    private static final String DISABLED = "disabled";
    private static final String DESIRED_HA_STATE = "desired_ha_state";
    private static final String APPROVED_IDS = "approved_pending_operation_ids";

    private static final Set<String> TOP_FIELDS = Set.of(NPUS, DPUS, VDPUS, HA_SETS, HA_SCOPES);
    private static final Set<String> NPU_FIELDS = Set.of(ID, DEVICE_ID, NPU_IPV4);
    private static final Set<String> DPU_FIELDS = Set.of(ID, ATTACHMENT, EMULATED, PA_IPV4, DEVICE_ID);
    private static final Set<String> VDPU_FIELDS = Set.of(ID, MAIN_DPU_IDS);
    private static final Set<String> SET_FIELDS = Set.of(ID, VERSION, VIP_V4, VIP_V6, VDPU_IDS, SCOPE, OWNER,
                                                         PREFERRED_VDPU_ID, PINS, SET_NPUS, AUTO_APPROVE,
                                                         SWITCHOVER_WAIT, DP_CHANNEL);
    private static final Set<String> DP_FIELDS = Set.of(CP_DATA_CHANNEL_PORT, DP_CHANNEL_DST_PORT,
                                                        DP_CHANNEL_SRC_PORT_MIN, DP_CHANNEL_SRC_PORT_MAX,
                                                        DP_CHANNEL_PROBE_INTERVAL_MS,
                                                        DP_CHANNEL_PROBE_FAIL_THRESHOLD);
    private static final Set<String> SCOPE_FIELDS = Set.of(VDPU_ID, HA_SET_ID, HA_SCOPE_ID, VERSION, DISABLED,
                                                           OWNER, DESIRED_HA_STATE, APPROVED_IDS);

    private DpuHaJson() {
    }

    /**
     * The outcome of parsing: the network (entries with errors left out) and the problems.
     */
    public static final class Parsed {
        private final DpuHaNetwork network;
        private final List<String> problems;

        private Parsed(DpuHaNetwork network, List<String> problems) {
            this.network = network;
            this.problems = ImmutableList.copyOf(problems);
        }

        /**
         * Returns the parsed network.
         *
         * @return network
         */
        public DpuHaNetwork network() {
            return network;
        }

        /**
         * Returns the parse problems.
         *
         * @return problems, each {@code field: rule}
         */
        public List<String> problems() {
            return problems;
        }
    }

    /**
     * Parses a network config document.
     *
     * @param root the JSON object
     * @return network and problems
     */
    public static Parsed parse(JsonNode root) {
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            return new Parsed(DpuHaNetwork.EMPTY, List.of("dpu-ha: must be a JSON object"));
        }
        unknownFields(root, TOP_FIELDS, "dpu-ha", problems);
        List<Npu> npus = parseArray(root, NPUS, problems, DpuHaJson::parseNpu);
        List<Dpu> dpus = parseArray(root, DPUS, problems, DpuHaJson::parseDpu);
        List<Vdpu> vdpus = parseArray(root, VDPUS, problems, DpuHaJson::parseVdpu);
        List<HaSet> sets = parseArray(root, HA_SETS, problems, DpuHaJson::parseHaSet);
        List<HaScope> scopes = parseArray(root, HA_SCOPES, problems, DpuHaJson::parseHaScope);
        checkDuplicates(npus, Npu::id, NPUS, problems);
        checkDuplicates(dpus, Dpu::id, DPUS, problems);
        checkDuplicates(vdpus, Vdpu::id, VDPUS, problems);
        checkDuplicates(sets, HaSet::id, HA_SETS, problems);
        checkDuplicates(scopes, s -> s.key().toString(), HA_SCOPES, problems);
        return new Parsed(new DpuHaNetwork(npus, dpus, vdpus, sets, scopes), problems);
    }

    private static <T> void checkDuplicates(List<T> items, Function<T, String> id, String array,
                                            List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(id.apply(item))) {
                problems.add(array + "[" + id.apply(item) + "]: defined more than once");
            }
        }
    }

    /**
     * A field-level parse failure.
     */
    private static final class FieldException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        FieldException(String message) {
            super(message);
        }
    }

    private interface EntryParser<T> {
        T parse(JsonNode node, String path, List<String> problems);
    }

    private static <T> List<T> parseArray(JsonNode root, String name, List<String> problems, EntryParser<T> p) {
        List<T> out = new ArrayList<>();
        JsonNode array = root.get(name);
        if (array == null || array.isNull()) {
            return out;
        }
        if (!array.isArray()) {
            problems.add(name + ": must be an array");
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            String path = name + "[" + label(node, i) + "]";
            if (!node.isObject()) {
                problems.add(path + ": must be an object");
                continue;
            }
            int before = problems.size();
            try {
                T item = p.parse(node, path, problems);
                if (problems.size() == before) {
                    out.add(item);
                }
            } catch (FieldException e) {
                problems.add(e.getMessage());
            }
        }
        return out;
    }

    private static String label(JsonNode node, int index) {
        if (node.isObject()) {
            if (node.hasNonNull(ID)) {
                return node.get(ID).asText();
            }
            if (node.hasNonNull(VDPU_ID) && node.hasNonNull(HA_SET_ID)) {
                return node.get(VDPU_ID).asText() + ":" + node.get(HA_SET_ID).asText();
            }
        }
        return String.valueOf(index);
    }

    private static void unknownFields(JsonNode node, Set<String> known, String path, List<String> problems) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!known.contains(n)) {
                problems.add(path + "." + n + ": unknown field");
            }
        }
    }

    private static String text(JsonNode node, String field, String path, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new FieldException(path + "." + field + ": required");
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new FieldException(path + "." + field + ": must be a non-empty string");
        }
        return v.asText().trim();
    }

    private static long number(JsonNode node, String field, String path, long dflt) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isTextual()) {
            try {
                return Long.parseLong(v.asText().trim());
            } catch (NumberFormatException e) {
                throw new FieldException(path + "." + field + ": '" + v.asText() + "' is not an integer");
            }
        }
        throw new FieldException(path + "." + field + ": must be an integer");
    }

    private static boolean bool(JsonNode node, String field, String path, boolean dflt) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isTextual() && ("true".equalsIgnoreCase(v.asText()) || "false".equalsIgnoreCase(v.asText()))) {
            return Boolean.parseBoolean(v.asText());
        }
        throw new FieldException(path + "." + field + ": must be true or false");
    }

    private static IpAddress ip(JsonNode node, String field, String path) {
        String t = text(node, field, path, false);
        if (t == null) {
            return null;
        }
        try {
            return IpAddress.valueOf(t);
        } catch (IllegalArgumentException e) {
            throw new FieldException(path + "." + field + ": '" + t + "' is not an IP address");
        }
    }

    private static List<String> strings(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isTextual()) {
            // SONiC writes lists as comma-separated strings
            for (String s : v.asText().split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
            return out;
        }
        if (!v.isArray()) {
            throw new FieldException(path + "." + field + ": must be an array of strings");
        }
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                throw new FieldException(path + "." + field + ": must be an array of strings");
            }
            out.add(e.asText().trim());
        }
        return out;
    }

    private static <E> E enumValue(JsonNode node, String field, String path, E dflt, Function<String, E> parser) {
        String t = text(node, field, path, false);
        if (t == null) {
            return dflt;
        }
        try {
            return parser.apply(t);
        } catch (IllegalArgumentException e) {
            throw new FieldException(path + "." + field + ": " + e.getMessage());
        }
    }

    private static Npu parseNpu(JsonNode n, String path, List<String> problems) {
        unknownFields(n, NPU_FIELDS, path, problems);
        String id = text(n, ID, path, true);
        String device = text(n, DEVICE_ID, path, true);
        return new Npu(id, DeviceId.deviceId(device), ip(n, NPU_IPV4, path));
    }

    private static Dpu parseDpu(JsonNode n, String path, List<String> problems) {
        unknownFields(n, DPU_FIELDS, path, problems);
        String id = text(n, ID, path, true);
        String attachment = text(n, ATTACHMENT, path, true);
        ConnectPoint cp;
        try {
            cp = ConnectPoint.deviceConnectPoint(attachment);
        } catch (IllegalArgumentException e) {
            throw new FieldException(path + "." + ATTACHMENT + ": '" + attachment
                                             + "' is not <device-id>/<port>, for example of:0000000000000001/5");
        }
        String device = text(n, DEVICE_ID, path, false);
        return new Dpu(id, cp, bool(n, EMULATED, path, false), ip(n, PA_IPV4, path),
                       device == null ? null : DeviceId.deviceId(device));
    }

    private static Vdpu parseVdpu(JsonNode n, String path, List<String> problems) {
        unknownFields(n, VDPU_FIELDS, path, problems);
        return new Vdpu(text(n, ID, path, true), strings(n, MAIN_DPU_IDS, path));
    }

    private static HaSet parseHaSet(JsonNode n, String path, List<String> problems) {
        unknownFields(n, SET_FIELDS, path, problems);
        HaSet.Builder b = HaSet.builder(text(n, ID, path, true))
                .version(number(n, VERSION, path, 0))
                .vipV4(ip(n, VIP_V4, path))
                .vipV6(ip(n, VIP_V6, path))
                .vdpuIds(strings(n, VDPU_IDS, path))
                .scope(enumValue(n, SCOPE, path, HaScopeLevel.DPU, HaScopeLevel::fromSonicName))
                .owner(enumValue(n, OWNER, path, HaOwner.DPU, HaOwner::fromSonicName))
                .preferredVdpuId(text(n, PREFERRED_VDPU_ID, path, false))
                .npuIds(strings(n, SET_NPUS, path))
                .autoApprove(bool(n, AUTO_APPROVE, path, false))
                .switchoverWaitMs(number(n, SWITCHOVER_WAIT, path, HaSet.DEFAULT_SWITCHOVER_WAIT_MS));
        int pinCount = -1;
        if (n.has(PINS)) {
            List<LivenessPin> pins = new ArrayList<>();
            for (String p : strings(n, PINS, path)) {
                try {
                    pins.add(LivenessPin.fromSonicName(p));
                } catch (IllegalArgumentException e) {
                    throw new FieldException(path + "." + PINS + ": " + e.getMessage());
                }
            }
            b.pinnedVdpuBfdProbeStates(pins);
            pinCount = pins.size();
        }
        JsonNode dp = n.get(DP_CHANNEL);
        if (dp != null && !dp.isNull()) {
            if (!dp.isObject()) {
                throw new FieldException(path + "." + DP_CHANNEL + ": must be an object");
            }
            String p = path + "." + DP_CHANNEL;
            unknownFields(dp, DP_FIELDS, p, problems);
            DpChannelConfig d = DpChannelConfig.DEFAULT;
            b.dpChannel(new DpChannelConfig(
                    (int) number(dp, CP_DATA_CHANNEL_PORT, p, d.cpDataChannelPort()),
                    (int) number(dp, DP_CHANNEL_DST_PORT, p, d.dpChannelDstPort()),
                    (int) number(dp, DP_CHANNEL_SRC_PORT_MIN, p, d.dpChannelSrcPortMin()),
                    (int) number(dp, DP_CHANNEL_SRC_PORT_MAX, p, d.dpChannelSrcPortMax()),
                    (int) number(dp, DP_CHANNEL_PROBE_INTERVAL_MS, p, d.dpChannelProbeIntervalMs()),
                    (int) number(dp, DP_CHANNEL_PROBE_FAIL_THRESHOLD, p, d.dpChannelProbeFailThreshold())));
        }
        HaSet set = b.build();
        if (pinCount >= 0 && pinCount != set.vdpuIds().size()) {
            problems.add(path + "." + PINS + ": needs one entry per vDPU in vdpu_ids");
        }
        return set;
    }

    private static HaScope parseHaScope(JsonNode n, String path, List<String> problems) {
        unknownFields(n, SCOPE_FIELDS, path, problems);
        String vdpu = text(n, VDPU_ID, path, true);
        String set = text(n, HA_SET_ID, path, true);
        String scopeId = text(n, HA_SCOPE_ID, path, false);
        if (scopeId != null && !scopeId.equals(set)) {
            throw new FieldException(path + "." + HA_SCOPE_ID + ": must equal ha_set_id for scope dpu");
        }
        HaScopeKey key;
        try {
            key = HaScopeKey.of(vdpu, set);
        } catch (IllegalArgumentException e) {
            throw new FieldException(path + ": " + e.getMessage());
        }
        return HaScope.builder(key)
                .version(number(n, VERSION, path, 0))
                .disabled(bool(n, DISABLED, path, true))
                .owner(enumValue(n, OWNER, path, HaOwner.DPU, HaOwner::fromSonicName))
                .desiredHaState(enumValue(n, DESIRED_HA_STATE, path, DesiredHaState.UNSPECIFIED,
                                          DesiredHaState::fromSonicName))
                .approvedPendingOperationIds(strings(n, APPROVED_IDS, path))
                .build();
    }

    /**
     * Writes a network as a config document.
     *
     * @param net    network
     * @param mapper object mapper
     * @return the JSON object
     */
    public static ObjectNode toJson(DpuHaNetwork net, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode npus = root.putArray(NPUS);
        net.npus().values().forEach(n -> {
            ObjectNode o = npus.addObject().put(ID, n.id()).put(DEVICE_ID, n.deviceId().toString());
            n.npuIpv4().ifPresent(ip -> o.put(NPU_IPV4, ip.toString()));
        });
        ArrayNode dpus = root.putArray(DPUS);
        net.dpus().values().forEach(d -> {
            ObjectNode o = dpus.addObject().put(ID, d.id())
                    .put(ATTACHMENT, d.attachment().deviceId() + "/" + d.attachment().port().toLong())
                    .put(EMULATED, d.emulated());
            d.paIpv4().ifPresent(ip -> o.put(PA_IPV4, ip.toString()));
            d.deviceId().ifPresent(id -> o.put(DEVICE_ID, id.toString()));
        });
        ArrayNode vdpus = root.putArray(VDPUS);
        net.vdpus().values().forEach(v -> {
            ObjectNode o = vdpus.addObject().put(ID, v.id());
            v.mainDpuIds().forEach(o.putArray(MAIN_DPU_IDS)::add);
        });
        ArrayNode sets = root.putArray(HA_SETS);
        net.haSets().values().forEach(s -> haSetJson(s, sets.addObject()));
        ArrayNode scopes = root.putArray(HA_SCOPES);
        net.haScopes().values().forEach(s -> haScopeJson(s, scopes.addObject()));
        return root;
    }

    /**
     * Writes an HA set in the config form.
     *
     * @param s HA set
     * @param o object to fill
     * @return the object
     */
    public static ObjectNode haSetJson(HaSet s, ObjectNode o) {
        o.put(ID, s.id()).put(VERSION, s.version());
        s.vipV4().ifPresent(ip -> o.put(VIP_V4, ip.toString()));
        s.vipV6().ifPresent(ip -> o.put(VIP_V6, ip.toString()));
        s.vdpuIds().forEach(o.putArray(VDPU_IDS)::add);
        o.put(SCOPE, s.scope().sonicName()).put(OWNER, s.owner().sonicName());
        if (s.preferredVdpuId() != null) {
            o.put(PREFERRED_VDPU_ID, s.preferredVdpuId());
        }
        ArrayNode pins = o.putArray(PINS);
        s.pinnedVdpuBfdProbeStates().forEach(p -> pins.add(p.sonicName()));
        s.npuIds().forEach(o.putArray(SET_NPUS)::add);
        o.put(AUTO_APPROVE, s.autoApprove()).put(SWITCHOVER_WAIT, s.switchoverWaitMs());
        DpChannelConfig d = s.dpChannel();
        o.putObject(DP_CHANNEL)
                .put(CP_DATA_CHANNEL_PORT, d.cpDataChannelPort())
                .put(DP_CHANNEL_DST_PORT, d.dpChannelDstPort())
                .put(DP_CHANNEL_SRC_PORT_MIN, d.dpChannelSrcPortMin())
                .put(DP_CHANNEL_SRC_PORT_MAX, d.dpChannelSrcPortMax())
                .put(DP_CHANNEL_PROBE_INTERVAL_MS, d.dpChannelProbeIntervalMs())
                .put(DP_CHANNEL_PROBE_FAIL_THRESHOLD, d.dpChannelProbeFailThreshold());
        return o;
    }

    /**
     * Writes an HA scope in the config form.
     *
     * @param s HA scope
     * @param o object to fill
     * @return the object
     */
    public static ObjectNode haScopeJson(HaScope s, ObjectNode o) {
        o.put(VDPU_ID, s.vdpuId()).put(HA_SET_ID, s.haSetId()).put(VERSION, s.version())
                .put(DISABLED, s.disabled()).put(OWNER, s.owner().sonicName())
                .put(DESIRED_HA_STATE, s.desiredHaState().sonicName());
        s.approvedPendingOperationIds().forEach(o.putArray(APPROVED_IDS)::add);
        return o;
    }
}
