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

/*
 HA application -- topology overlay (legacy GUI).

 Pick an HA-flow (the V and C keys step through them, or click one in the panel) and see its Z-Y trunk and
 both branches highlighted, the protected tree in a second style, the Y-point and endpoints badged and the
 status in the panel. The server answers haTopovRequestFlows with haTopovFlows and haTopovShowFlow /
 haTopovClear with haTopovHighlights, whose highlights this overlay hands to the topology view.
 The D key (or the DPU button) switches to the DPU HA mode: haTopovShowDpu is answered by haTopovDpuInfo,
 which badges NPUs with the vDPU their VIP traffic goes to and DPUs with their HA state, and highlights the
 steered links; the panel lists each HA set with its members' states.
 */
(function () {
    'use strict';

    var OVERLAY_ID = 'ha-overlay',
        PANEL_ID = 'ha-topov-panel';

    var $log, tov, wss, flash;

    // state
    var flows = [],
        shownId = null,
        dpuMode = false,
        active = false;

    var handlers = {
        haTopovFlows: onFlows,
        haTopovHighlights: onHighlights,
        haTopovDpuInfo: onDpuInfo,
        haTopovError: onError
    };

    function el(tag, cls, text) {
        var e = document.createElement(tag);
        if (cls) {
            e.className = cls;
        }
        if (text !== undefined && text !== null) {
            e.textContent = text;
        }
        return e;
    }

    function panel() {
        var p = document.getElementById(PANEL_ID);
        if (!p) {
            p = el('div', 'ha-topov-panel');
            p.id = PANEL_ID;
            p.appendChild(el('h2', null, 'HA-flows'));
            p.appendChild(el('div', 'ha-flow-list'));
            p.appendChild(el('div', 'ha-flow-detail'));
            document.body.appendChild(p);
        }
        return p;
    }

    function removePanel() {
        var p = document.getElementById(PANEL_ID);
        if (p) {
            p.parentNode.removeChild(p);
        }
    }

    function statusClass(status) {
        return 'ha-status-' + String(status || 'unknown').toLowerCase().replace(/\s+/g, '-');
    }

    function renderFlows() {
        var list = panel().querySelector('.ha-flow-list');
        list.textContent = '';
        if (!flows.length) {
            list.appendChild(el('div', 'ha-empty', 'No HA-flows'));
            return;
        }
        flows.forEach(function (f) {
            var row = el('div', 'ha-flow-row ' + statusClass(f.status));
            row.setAttribute('data-id', f.id);
            if (f.id === shownId) {
                row.className += ' ha-selected';
            }
            row.appendChild(el('span', 'ha-flow-id', f.id));
            row.appendChild(el('span', 'ha-flow-status', f.status + (f['protected'] ? ', protected' : '')));
            row.addEventListener('click', function () {
                show(f.id);
            });
            list.appendChild(row);
        });
    }

    function renderDetail(data) {
        var d = panel().querySelector('.ha-flow-detail'),
            table, counts = {};
        d.textContent = '';
        if (!data.id) {
            d.appendChild(el('div', 'ha-empty', 'No HA-flow shown'));
            return;
        }
        d.appendChild(el('div', 'ha-detail-title ' + statusClass(data.status),
            data.id + ': ' + data.status + (data.statusInfo ? ' (' + data.statusInfo + ')' : '')));
        table = el('table', 'ha-detail-props');
        function prop(name, value) {
            var tr = el('tr');
            tr.appendChild(el('td', 'ha-prop-name', name));
            tr.appendChild(el('td', 'ha-prop-value', value));
            table.appendChild(tr);
        }
        prop('Y-point', data.yPoint);
        if (data.protectedYPoint) {
            prop('protected Y-point', data.protectedYPoint);
        }
        prop('Z', data.endpoints.Z);
        prop('A', data.endpoints.A);
        prop('B', data.endpoints.B);
        d.appendChild(table);
        (data.segments || []).forEach(function (s) {
            var key = s.path + ' ' + s.role;
            counts[key] = (counts[key] || 0) + s.links.length;
        });
        Object.keys(counts).forEach(function (key) {
            var parts = key.split(' '),
                row = el('div', 'ha-legend ha-legend-' + parts[0] + ' ha-legend-' + parts[1]);
            row.appendChild(el('span', 'ha-swatch'));
            row.appendChild(el('span', 'ha-legend-text',
                parts[0] + ' ' + parts[1] + ': ' + counts[key] + (counts[key] === 1 ? ' link' : ' links')));
            d.appendChild(row);
        });
    }

    // === server events

    function onFlows(data) {
        flows = data.flows || [];
        renderFlows();
    }

    function onHighlights(data) {
        shownId = data.id || null;
        dpuMode = false;
        tov.showHighlights(data.highlights);
        renderFlows();
        renderDetail(data);
    }

    function onDpuInfo(data) {
        var d = panel().querySelector('.ha-flow-detail');
        shownId = null;
        dpuMode = true;
        tov.showHighlights(data.highlights);
        renderFlows();
        d.textContent = '';
        d.appendChild(el('div', 'ha-detail-title', 'DPU HA'));
        if (!data.sets.length) {
            d.appendChild(el('div', 'ha-empty', 'No HA sets'));
        }
        data.sets.forEach(function (s) {
            var block = el('div', 'ha-set'), list = el('table', 'ha-detail-props');
            block.setAttribute('data-set', s.id);
            block.appendChild(el('div', 'ha-set-title' + (s.selected ? '' : ' ha-status-down'),
                s.id + ': VIP to ' + (s.selected || 'nowhere') + (s.reason ? ' (' + s.reason + ')' : '')));
            s.vdpus.forEach(function (v) {
                var tr = el('tr', 'ha-vdpu ' + statusClass(v.state));
                tr.setAttribute('data-vdpu', v.id);
                tr.appendChild(el('td', 'ha-prop-name', v.id + (v.id === s.selected ? ' *' : '')));
                tr.appendChild(el('td', 'ha-prop-value', v.state + (v.pin !== 'none' ? ', pinned ' + v.pin : '') +
                    (v.attachment ? ' on ' + v.attachment : '')));
                list.appendChild(tr);
            });
            block.appendChild(list);
            d.appendChild(block);
        });
    }

    function showDpu() {
        wss.sendEvent('haTopovShowDpu', {});
    }

    function onError(data) {
        flash.flash(data.message);
        $log.warn('HA overlay:', data.message);
    }

    // === actions

    function show(id) {
        wss.sendEvent('haTopovShowFlow', { id: id });
    }

    function step(delta) {
        var i;
        if (!flows.length) {
            flash.flash('No HA-flows');
            return;
        }
        i = flows.map(function (f) { return f.id; }).indexOf(shownId);
        i = i < 0 ? (delta > 0 ? 0 : flows.length - 1) : (i + delta + flows.length) % flows.length;
        show(flows[i].id);
    }

    function next() {
        step(1);
    }

    function previous() {
        step(-1);
    }

    function refresh() {
        wss.sendEvent('haTopovRequestFlows', {});
    }

    function clear() {
        if (shownId === null && !dpuMode) {
            return false;
        }
        dpuMode = false;
        wss.sendEvent('haTopovClear', {});
        return true;
    }

    // === overlay definition

    var overlay = {
        overlayId: OVERLAY_ID,
        glyphId: 'm_shortestPath',
        tooltip: 'HA-flows: Y-trees, Y-points and status',

        activate: function () {
            active = true;
            wss.bindHandlers(handlers);
            panel();
            refresh();
        },
        deactivate: function () {
            active = false;
            wss.sendEvent('haTopovClear', {});
            wss.unbindHandlers(handlers);
            shownId = null;
            dpuMode = false;
            removePanel();
        },

        buttons: {
            previous: { gid: 'chevronLeft', tt: 'Show the previous HA-flow', cb: previous },
            next: { gid: 'chevronRight', tt: 'Show the next HA-flow', cb: next },
            refresh: { gid: 'refresh', tt: 'Reload the HA-flow list', cb: refresh },
            dpu: { gid: 'm_switch', tt: 'DPU HA: HA states and VIP steering', cb: showDpu },
            clear: { gid: 'xClose', tt: 'Clear the highlights', cb: clear }
        },

        keyBindings: {
            V: { cb: next, tt: 'Show the next HA-flow', gid: 'chevronRight' },
            C: { cb: previous, tt: 'Show the previous HA-flow', gid: 'chevronLeft' },
            R: { cb: refresh, tt: 'Reload the HA-flow list', gid: 'refresh' },
            D: { cb: showDpu, tt: 'DPU HA: HA states and VIP steering', gid: 'm_switch' },
            X: { cb: clear, tt: 'Clear the highlights', gid: 'xClose' },
            _keyOrder: ['V', 'C', 'R', 'D', 'X']
        },

        hooks: {
            escape: clear
        }
    };

    angular.module('ovHaTopov', [])
        .run(['$log', 'TopoOverlayService', 'WebSocketService', 'FlashService',
            function (_$log_, _tov_, _wss_, _flash_) {
                $log = _$log_;
                tov = _tov_;
                wss = _wss_;
                flash = _flash_;
                tov.register(overlay);
                $log.debug('HA topology overlay registered', active);
            }]);
}());
