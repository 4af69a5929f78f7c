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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.onlab.osgi.TestServiceDirectory;
import org.onosproject.ha.dpu.impl.DpuHaHarness;
import org.onosproject.ha.flow.HaFlowService;
import org.onosproject.ha.flow.impl.HaFlowManagerHarness;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Link;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The overlay's real JavaScript in real headless Chromium, on a page that gives it stand-ins for the GUI
 * services it calls and feeds it the real server answers (made by {@link HaTopoMessageHandler} on the real
 * HA-flow manager): it must register, send its requests, draw the highlights it receives and log no error.
 * On CI (CI=true) Chromium must be there; elsewhere the test is skipped without it. A screenshot of the
 * highlighted flow is written to {@code target/gui-test/ha-topov.png}.
 */
public class HaTopovChromiumTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path OUT = Paths.get("target", "gui-test").toAbsolutePath();
    private static final Path MAIN = Paths.get("src", "main", "resources").toAbsolutePath();
    private static final Path TEST = Paths.get("src", "test", "resources", "gui").toAbsolutePath();
    private static final Pattern RESULTS = Pattern.compile("<pre id=\"ha-test-results\"[^>]*>(.*?)</pre>",
                                                           Pattern.DOTALL);
    private static final int EXPECTED_CHECKS = 32;
    private static final Map<String, int[]> LAYOUT = Map.of(
            "of:0000000000000001", new int[]{80, 210}, "of:0000000000000002", new int[]{300, 90},
            "of:0000000000000005", new int[]{300, 330}, "of:0000000000000003", new int[]{540, 130},
            "of:0000000000000004", new int[]{540, 290});

    private HaFlowManagerHarness harness;
    private Path chromium;

    @Before
    public void setUp() {
        chromium = findChromium();
        if (chromium == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("Chromium is required on CI (CI=true): install Debian's chromium package");
            }
            Assume.assumeTrue("chromium not installed", false);
        }
        harness = new HaFlowManagerHarness(HaFlowManagerHarness.diamond());
    }

    @After
    public void tearDown() {
        if (harness != null) {
            harness.stop();
        }
    }

    private static Path findChromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Paths.get(candidate))) {
                return Paths.get(candidate);
            }
        }
        return null;
    }

    /** The topology to draw and the server's answers, from the real handler. */
    private ObjectNode fixture() {
        HaTopoMessageHandlerTest.createFlow(harness.manager, "hf1", 100, true);
        HaTopoMessageHandlerTest.createFlow(harness.manager, "hf2", 200, false);
        RecordingConnection connection = new RecordingConnection();
        HaTopoMessageHandler handler = new HaTopoMessageHandler();
        handler.init(connection, new TestServiceDirectory().add(HaFlowService.class, harness.manager));
        handler.process(RecordingConnection.request(HaTopoMessageHandler.REQUEST_FLOWS, null));
        handler.process(RecordingConnection.request(HaTopoMessageHandler.SHOW_FLOW,
                                                    MAPPER.createObjectNode().put("id", "hf1")));
        handler.process(RecordingConnection.request(HaTopoMessageHandler.CLEAR, null));
        handler.destroy();

        ObjectNode fx = MAPPER.createObjectNode();
        fx.set("flows", connection.last(HaTopoMessageHandler.FLOWS));
        List<ObjectNode> highlights = connection.payloads(HaTopoMessageHandler.HIGHLIGHTS);
        fx.set("highlights", highlights.get(0));
        fx.set("cleared", highlights.get(1));
        DpuHaHarness dpu = new DpuHaHarness();
        try {
            DpuModeTestSupport.inService(dpu);
            fx.set("dpu", DpuModeTestSupport.dpuInfo(dpu, harness.manager));
        } finally {
            dpu.stop();
        }

        ObjectNode topo = fx.putObject("topology");
        ArrayNode devices = topo.putArray("devices");
        LAYOUT.forEach((id, xy) -> devices.addObject().put("id", id).put("x", xy[0]).put("y", xy[1])
                .put("label", "s" + Long.parseLong(DeviceId.deviceId(id).uri().getSchemeSpecificPart(), 16)));
        ArrayNode links = topo.putArray("links");
        Set<String> seen = new LinkedHashSet<>();
        List<Link> all = new ArrayList<>();
        harness.network.linkService().getLinks().forEach(all::add);
        all.add(DpuModeTestSupport.UPLINK);
        for (Link l : all) {
            String id = new HaFlowHighlights.HaBiLinks().add(l).linkId();
            if (seen.add(id)) {
                links.addObject().put("id", id).put("src", l.src().deviceId().toString())
                        .put("dst", l.dst().deviceId().toString());
            }
        }
        return fx;
    }

    private static String url(Path p) {
        return p.toUri().toString();
    }

    /** The DPU testbed's network for the DPU mode's picture: two NPUs and their uplink. */
    private static ObjectNode dpuFixture(ObjectNode fixture) {
        ObjectNode fx = fixture.deepCopy();
        ObjectNode topo = fx.putObject("topology");
        ArrayNode devices = topo.putArray("devices");
        devices.addObject().put("id", "of:0000000000000001").put("x", 120).put("y", 200).put("label", "npu0");
        devices.addObject().put("id", "of:0000000000000002").put("x", 480).put("y", 200).put("label", "npu1");
        topo.putArray("links").addObject().put("id", new HaFlowHighlights.HaBiLinks()
                .add(DpuModeTestSupport.UPLINK).linkId()).put("src", "of:0000000000000001")
                .put("dst", "of:0000000000000002");
        return fx;
    }

    private Path page(String name, ObjectNode fixture, Object screenshot) throws IOException {
        Files.createDirectories(OUT);
        String html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>HA overlay</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + url(MAIN.resolve("app/view/haTopov/haTopov.css")) + "\">\n"
                + "<style>body{font-family:sans-serif;margin:0;background:#f4f4f4}"
                + "#ov-topo svg .link{stroke:#bbb;stroke-width:2px}#ov-topo svg .link.subdued{opacity:.4}"
                + "#ov-topo svg .device{fill:#4a6fa5}#ov-topo svg .label{font-size:12px;fill:#333}"
                + "#ov-topo svg .badge{font:bold 14px sans-serif}#ov-topo svg .badge-i{fill:#1a7f37}"
                + "#ov-topo svg .badge-w{fill:#b8860b}#ov-topo svg .badge-e{fill:#c0392b}</style>\n"
                + "</head><body>\n"
                + "<script>window.HA_FIXTURE = " + fixture + ";\nwindow.HA_SCREENSHOT = "
                + (screenshot instanceof String ? "'" + screenshot + "'" : screenshot) + ";</script>\n"
                + script(TEST.resolve("ha-gui-standins.js"))
                + script(MAIN.resolve("app/view/haTopov/haTopovOverlay.js"))
                + script(MAIN.resolve("app/view/haTable/haTable.js"))
                + script(MAIN.resolve("app/view/haSetTable/haSetTable.js"))
                + script(TEST.resolve("ha-topov-scenario.js"))
                + "</body></html>\n";
        Path file = OUT.resolve(name);
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    private static String script(Path p) {
        return "<script src=\"" + url(p) + "\"></script>\n";
    }

    /** Runs Chromium headless with the given extra arguments; returns stdout. */
    private String chromium(Path userData, String... extra) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + userData));
        cmd.addAll(Arrays.asList(extra));
        File stdout = OUT.resolve("chromium.out").toFile();
        File stderr = OUT.resolve("chromium.err").toFile();
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout).redirectError(stderr).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in 120 s");
        }
        return Files.readString(stdout.toPath(), StandardCharsets.UTF_8);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    @Test
    public void overlayRegistersRequestsAndDrawsWhatItReceives() throws Exception {
        ObjectNode fixture = fixture();
        Path userData = Files.createTempDirectory("ha-chromium");
        String dom = chromium(userData, "--dump-dom", url(page("ha-topov-test.html", fixture, false)));
        Matcher m = RESULTS.matcher(dom);
        assertTrue("no results in the page; chromium said: "
                           + Files.readString(OUT.resolve("chromium.err")), m.find());
        List<String> lines = Arrays.stream(unescape(m.group(1)).split("\n")).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toList());
        List<String> problems = lines.stream().filter(s -> !s.startsWith("PASS ")).collect(Collectors.toList());
        assertEquals("failed checks or errors: " + problems, List.of(), problems);
        assertEquals("checks run: " + lines, EXPECTED_CHECKS, lines.size());
        String stderr = Files.readString(OUT.resolve("chromium.err"));
        assertFalse("uncaught error in chromium's log: " + stderr, stderr.contains("Uncaught"));

        Path png = OUT.resolve("ha-topov.png");
        Files.deleteIfExists(png);
        chromium(Files.createTempDirectory("ha-chromium"), "--screenshot=" + png, "--window-size=1000,460",
                 "--hide-scrollbars", url(page("ha-topov-shot.html", fixture, true)));
        assertTrue("screenshot written", Files.exists(png) && Files.size(png) > 5_000);

        Path dpuPng = OUT.resolve("ha-topov-dpu.png");
        Files.deleteIfExists(dpuPng);
        chromium(Files.createTempDirectory("ha-chromium"), "--screenshot=" + dpuPng, "--window-size=1000,420",
                 "--hide-scrollbars", url(page("ha-topov-dpu-shot.html", dpuFixture(fixture), "dpu")));
        assertTrue("DPU mode screenshot written", Files.exists(dpuPng) && Files.size(dpuPng) > 5_000);
    }
}
