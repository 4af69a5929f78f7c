/*
 * Stand-ins for the parts of the legacy ONOS GUI that the HA overlay and table view use: angular's
 * module/run/controller registration and injection, $log, TopoOverlayService (register, showHighlights),
 * WebSocketService (sendEvent, bindHandlers, unbindHandlers), FlashService and TableBuilderService.
 * showHighlights draws like the topology view does: it adds each link's css classes to the link's element,
 * subdues the rest and writes each device's badge next to it.
 */
(function () {
    'use strict';

    var h = {
        runBlocks: [],
        controllers: {},
        registered: [],
        sent: [],
        handlers: {},
        highlights: [],
        flashes: [],
        tables: [],
        errors: []
    };

    function moduleApi(name) {
        var m = {
            name: name,
            run: function (block) { h.runBlocks.push(block); return m; },
            controller: function (id, block) { h.controllers[id] = block; return m; },
            factory: function () { return m; },
            directive: function () { return m; }
        };
        return m;
    }

    window.angular = {
        module: function (name, deps) {
            if (!Array.isArray(deps)) {
                h.errors.push('angular.module(' + name + ') without a dependency list looks up a module');
            }
            return moduleApi(name);
        }
    };

    var svgNs = 'http://www.w3.org/2000/svg';

    function drawHighlights(data) {
        var svg = document.getElementById('ov-topo-svg');
        if (!svg) {
            return;
        }
        Array.prototype.forEach.call(svg.querySelectorAll('.link'), function (l) {
            l.setAttribute('class', 'link' + (data.subdue ? ' subdued' : ''));
        });
        Array.prototype.forEach.call(svg.querySelectorAll('.badge'), function (b) {
            b.parentNode.removeChild(b);
        });
        data.links.forEach(function (link) {
            var el = svg.querySelector('[data-link="' + link.id + '"]');
            if (el) {
                el.setAttribute('class', 'link ' + link.css);
            } else {
                h.errors.push('highlight for an unknown link ' + link.id);
            }
        });
        data.devices.forEach(function (d) {
            var node = svg.querySelector('[data-device="' + d.id + '"]'), t;
            if (!node) {
                h.errors.push('highlight for an unknown device ' + d.id);
                return;
            }
            if (d.badge) {
                t = document.createElementNS(svgNs, 'text');
                t.setAttribute('class', 'badge badge-' + d.badge.status);
                t.setAttribute('x', Number(node.getAttribute('cx')) + 16);
                t.setAttribute('y', Number(node.getAttribute('cy')) - 16);
                t.setAttribute('data-badge-of', d.id);
                t.textContent = d.badge.txt;
                svg.appendChild(t);
            }
        });
    }

    h.services = {
        $log: {
            debug: function () {},
            info: function () {},
            log: function () {},
            warn: function () {},
            error: function () { h.errors.push('$log.error: ' + Array.prototype.join.call(arguments, ' ')); }
        },
        TopoOverlayService: {
            register: function (overlay) { h.registered.push(overlay); },
            showHighlights: function (data) { h.highlights.push(data); drawHighlights(data); }
        },
        WebSocketService: {
            sendEvent: function (type, payload) { h.sent.push({ type: type, payload: payload }); },
            bindHandlers: function (map) {
                Object.keys(map).forEach(function (k) { h.handlers[k] = map[k]; });
            },
            unbindHandlers: function (map) {
                Object.keys(map).forEach(function (k) { delete h.handlers[k]; });
            }
        },
        FlashService: {
            flash: function (msg) { h.flashes.push(msg); }
        },
        TableBuilderService: {
            buildTable: function (o) { h.tables.push(o); }
        }
    };

    h.invoke = function (block, locals) {
        var names = block.slice(0, block.length - 1), fn = block[block.length - 1];
        return fn.apply(null, names.map(function (n) {
            var s = (locals && locals[n]) || h.services[n];
            if (!s) {
                h.errors.push('no service ' + n);
            }
            return s;
        }));
    };

    h.bootstrap = function () {
        h.runBlocks.forEach(function (b) { h.invoke(b); });
    };

    /** Delivers a server event as the web socket would. */
    h.deliver = function (type, payload) {
        var fn = h.handlers[type];
        if (!fn) {
            h.errors.push('no handler bound for ' + type);
            return;
        }
        fn(payload);
    };

    /** Draws the test topology: devices at the given positions, one line per bidirectional link. */
    h.drawTopology = function (topo) {
        var svg = document.createElementNS(svgNs, 'svg'), byId = {};
        svg.id = 'ov-topo-svg';
        svg.setAttribute('width', '640');
        svg.setAttribute('height', '420');
        topo.devices.forEach(function (d) { byId[d.id] = d; });
        topo.links.forEach(function (l) {
            var a = byId[l.src], b = byId[l.dst], line = document.createElementNS(svgNs, 'line');
            line.setAttribute('x1', a.x);
            line.setAttribute('y1', a.y);
            line.setAttribute('x2', b.x);
            line.setAttribute('y2', b.y);
            line.setAttribute('class', 'link');
            line.setAttribute('data-link', l.id);
            svg.appendChild(line);
        });
        topo.devices.forEach(function (d) {
            var c = document.createElementNS(svgNs, 'circle'), t = document.createElementNS(svgNs, 'text');
            c.setAttribute('cx', d.x);
            c.setAttribute('cy', d.y);
            c.setAttribute('r', 14);
            c.setAttribute('class', 'device');
            c.setAttribute('data-device', d.id);
            t.setAttribute('x', d.x - 10);
            t.setAttribute('y', d.y + 32);
            t.setAttribute('class', 'label');
            t.textContent = d.label;
            svg.appendChild(c);
            svg.appendChild(t);
        });
        var holder = document.createElement('div');
        holder.id = 'ov-topo';
        holder.appendChild(svg);
        document.body.appendChild(holder);
    };

    window.onerror = function (msg, src, line) {
        h.errors.push('uncaught: ' + msg + ' at ' + src + ':' + line);
    };
    var consoleError = console.error;
    console.error = function () {
        h.errors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));
        consoleError.apply(console, arguments);
    };

    window.haHarness = h;
}());
