/*
 * What a user of the HA overlay does, step by step, against the stand-ins; each check is written to
 * #ha-test-results as "PASS name" or "FAIL name: detail", and any error as "ERROR ...". The fixture
 * (window.HA_FIXTURE) holds the topology and the server's real answers, made by the Java message handler.
 */
(function () {
    'use strict';

    var h = window.haHarness, fx = window.HA_FIXTURE, lines = [];

    function check(name, ok, detail) {
        lines.push((ok ? 'PASS ' : 'FAIL ') + name + (ok ? '' : ': ' + detail));
    }

    function lastSent() {
        return h.sent[h.sent.length - 1] || {};
    }

    function cls(el) {
        return el ? (el.getAttribute('class') || '') : '';
    }

    function run() {
        var ov, rows, trunkId, protectedId, badgeTexts, title, legend;

        h.drawTopology(fx.topology);
        h.bootstrap();
        if (window.HA_SCREENSHOT === 'dpu') {
            // the DPU HA mode on its own network, for the documentation's picture
            h.registered[0].activate();
            h.deliver('haTopovFlows', { flows: [] });
            h.registered[0].keyBindings.D.cb();
            h.deliver('haTopovDpuInfo', fx.dpu);
            return;
        }

        check('registers one overlay', h.registered.length === 1, JSON.stringify(h.registered.length));
        ov = h.registered[0];
        check('overlay id is ha-overlay', ov.overlayId === 'ha-overlay', ov.overlayId);
        check('has next/previous/clear buttons and V/C/X keys',
            !!(ov.buttons.next && ov.buttons.previous && ov.buttons.clear && ov.keyBindings.V &&
                ov.keyBindings.C && ov.keyBindings.X && ov.hooks.escape), Object.keys(ov.buttons).join());

        ov.activate();
        check('asks for the flows on activation', lastSent().type === 'haTopovRequestFlows',
            JSON.stringify(lastSent()));

        h.deliver('haTopovFlows', fx.flows);
        rows = document.querySelectorAll('#ha-topov-panel .ha-flow-row');
        check('lists the flows in its panel', rows.length === fx.flows.flows.length &&
            rows[0].getAttribute('data-id') === fx.flows.flows[0].id, rows.length);

        ov.keyBindings.V.cb();
        check('V asks to show the first flow', lastSent().type === 'haTopovShowFlow' &&
            lastSent().payload.id === fx.flows.flows[0].id, JSON.stringify(lastSent()));

        h.deliver('haTopovHighlights', fx.highlights);
        check('hands the highlights to the topology view', h.highlights.length === 1 &&
            h.highlights[0].links.length === fx.highlights.highlights.links.length, h.highlights.length);

        trunkId = fx.highlights.segments[0].links[0];
        check('draws the trunk as a primary ha-trunk link',
            /primary/.test(cls(document.querySelector('[data-link="' + trunkId + '"]'))) &&
            /ha-trunk/.test(cls(document.querySelector('[data-link="' + trunkId + '"]'))),
            cls(document.querySelector('[data-link="' + trunkId + '"]')));
        check('draws both branches', /ha-branch-a/.test(cls(document.querySelector(
            '[data-link="' + fx.highlights.segments[1].links[0] + '"]'))) && /ha-branch-b/.test(cls(
            document.querySelector('[data-link="' + fx.highlights.segments[2].links[0] + '"]'))), 'branches');
        protectedId = fx.highlights.segments[3].links[0];
        check('draws the protected tree in the secondary style',
            /secondary/.test(cls(document.querySelector('[data-link="' + protectedId + '"]'))) &&
            /ha-protected/.test(cls(document.querySelector('[data-link="' + protectedId + '"]'))),
            cls(document.querySelector('[data-link="' + protectedId + '"]')));

        badgeTexts = Array.prototype.map.call(document.querySelectorAll('#ov-topo-svg .badge'),
            function (b) { return b.textContent; }).sort().join('');
        check('badges the Y-points and endpoints', badgeTexts === 'ABPYZ', badgeTexts);
        check('badges the Y-point device', (document.querySelector('[data-badge-of="' + fx.highlights.yPoint +
            '"]') || {}).textContent === 'Y', fx.highlights.yPoint);

        title = document.querySelector('#ha-topov-panel .ha-detail-title');
        check('shows the status', !!title && title.textContent.indexOf(fx.highlights.id + ': ' +
            fx.highlights.status) === 0 && /ha-status-up/.test(title.className), title && title.textContent);
        check('shows the Y-point', document.querySelector('#ha-topov-panel .ha-detail-props').textContent
            .indexOf(fx.highlights.yPoint) >= 0, 'Y-point missing');
        legend = document.querySelectorAll('#ha-topov-panel .ha-legend');
        check('shows a legend per segment', legend.length === 6 &&
            document.querySelectorAll('#ha-topov-panel .ha-legend-protected').length === 3, legend.length);
        check('marks the shown flow in the list', document.querySelector('.ha-flow-row.ha-selected')
            .getAttribute('data-id') === fx.highlights.id, 'no selection');

        if (window.HA_SCREENSHOT) {
            return;
        }

        ov.buttons.next.cb();
        check('next asks for the following flow', lastSent().type === 'haTopovShowFlow' &&
            lastSent().payload.id === fx.flows.flows[1].id, JSON.stringify(lastSent()));
        ov.keyBindings.C.cb();
        check('C asks for the previous flow', lastSent().payload.id === fx.flows.flows[fx.flows.flows.length - 1]
            .id, JSON.stringify(lastSent()));
        document.querySelectorAll('#ha-topov-panel .ha-flow-row')[0].click();
        check('clicking a flow asks to show it', lastSent().type === 'haTopovShowFlow' &&
            lastSent().payload.id === fx.flows.flows[0].id, JSON.stringify(lastSent()));

        check('escape clears a shown flow', ov.hooks.escape() === true &&
            lastSent().type === 'haTopovClear', JSON.stringify(lastSent()));
        h.deliver('haTopovHighlights', fx.cleared);
        check('clearing empties the drawing and the detail', document.querySelectorAll('#ov-topo-svg .badge')
            .length === 0 && document.querySelector('#ha-topov-panel .ha-flow-detail').textContent ===
            'No HA-flow shown', document.querySelector('#ha-topov-panel .ha-flow-detail').textContent);
        check('escape with nothing shown is not consumed', ov.hooks.escape() === false, 'consumed');

        h.deliver('haTopovError', { message: 'HA-flow x not found' });
        check('flashes server errors', h.flashes[h.flashes.length - 1] === 'HA-flow x not found',
            JSON.stringify(h.flashes));

        ov.keyBindings.D.cb();
        check('D asks for the DPU HA mode', lastSent().type === 'haTopovShowDpu', JSON.stringify(lastSent()));
        h.deliver('haTopovDpuInfo', fx.dpu);
        check('DPU mode lists each HA set with where its VIP goes', (document.querySelector(
            '#ha-topov-panel .ha-set[data-set="haset0"] .ha-set-title') || {}).textContent ===
            'haset0: VIP to vdpu0 (preferred_live)', document.querySelector('#ha-topov-panel').textContent);
        check('DPU mode shows each member\'s HA state', document.querySelectorAll(
            '#ha-topov-panel tr.ha-vdpu.ha-status-active').length === 1 && document.querySelectorAll(
            '#ha-topov-panel tr.ha-vdpu.ha-status-standby').length === 1, 'states');
        check('DPU mode badges the NPUs with the vDPU they steer to', (document.querySelector(
            '[data-badge-of="of:0000000000000001"]') || {}).textContent === 'v0', 'badge');
        check('DPU mode highlights the steered link', /ha-vip-steered/.test(cls(document.querySelector(
            '[data-link="' + fx.dpu.highlights.links[0].id + '"]'))), 'no steered link');
        check('escape leaves the DPU mode', ov.hooks.escape() === true && lastSent().type === 'haTopovClear',
            JSON.stringify(lastSent()));

        ov.deactivate();
        check('deactivation clears, unbinds and removes the panel', lastSent().type === 'haTopovClear' &&
            !h.handlers.haTopovHighlights && !document.getElementById('ha-topov-panel'),
            JSON.stringify(Object.keys(h.handlers)));

        h.invoke(h.controllers.OvHaTableCtrl, { $scope: {} });
        check('the table view builds the haFlow table', h.tables.length === 1 && h.tables[0].tag === 'haFlow',
            JSON.stringify(h.tables));
        h.invoke(h.controllers.OvHaSetTableCtrl, { $scope: {} });
        check('the HA set table view builds the haSet table', h.tables.length === 2 && h.tables[1].tag === 'haSet',
            JSON.stringify(h.tables));
    }

    try {
        run();
    } catch (e) {
        h.errors.push('scenario threw: ' + e + (e.stack ? ' ' + e.stack : ''));
    }
    h.errors.forEach(function (e) { lines.push('ERROR ' + e); });
    var pre = document.createElement('pre');
    pre.id = 'ha-test-results';
    pre.textContent = lines.join('\n');
    if (window.HA_SCREENSHOT) {
        pre.style.display = 'none';
    }
    document.body.appendChild(pre);
}());
