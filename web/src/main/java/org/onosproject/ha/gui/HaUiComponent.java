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

import com.google.common.collect.ImmutableList;
import org.onosproject.ui.UiExtension;
import org.onosproject.ui.UiExtensionService;
import org.onosproject.ui.UiMessageHandlerFactory;
import org.onosproject.ui.UiTopoOverlayFactory;
import org.onosproject.ui.UiView;
import org.onosproject.ui.UiViewHidden;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;

import java.util.List;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * Registers the HA application's legacy-GUI extension: the topology overlay ({@code haTopov}) and the HA
 * table views ({@code haTable} for HA-flows, {@code haSetTable} for DPU HA sets), with their message handlers.
 * Its client files live under {@code haTopov/} and {@code app/view/haTopov|haTable|haSetTable/}.
 */
@Component(immediate = true)
public class HaUiComponent {

    /** Resource folder and id of the overlay's hidden view. */
    public static final String OVERLAY_VIEW = "haTopov";
    /** Id of the HA-flow table view. */
    public static final String TABLE_VIEW = "haTable";
    /** Id of the HA set table view. */
    public static final String SET_TABLE_VIEW = "haSetTable";

    private final Logger log = getLogger(getClass());

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected UiExtensionService uiExtensionService;

    private UiExtension extension;

    /**
     * Returns the views of the extension.
     *
     * @return views
     */
    static List<UiView> views() {
        return ImmutableList.of(new UiViewHidden(OVERLAY_VIEW),
                                new UiView(UiView.Category.NETWORK, TABLE_VIEW, "HA-flows", "nav_flows"),
                                new UiView(UiView.Category.NETWORK, SET_TABLE_VIEW, "DPU HA sets", "nav_devs"));
    }

    /**
     * Builds and registers the extension.
     */
    @Activate
    public void activate() {
        UiMessageHandlerFactory handlers = () -> ImmutableList.of(new HaTopoMessageHandler(),
                                                                  new HaTableMessageHandler());
        UiTopoOverlayFactory overlays = () -> ImmutableList.of(new HaTopoOverlay());
        extension = new UiExtension.Builder(getClass().getClassLoader(), views())
                .resourcePath(OVERLAY_VIEW)
                .messageHandlerFactory(handlers)
                .topoOverlayFactory(overlays)
                .build();
        uiExtensionService.register(extension);
        log.info("Started");
    }

    /**
     * Unregisters the extension.
     */
    @Deactivate
    public void deactivate() {
        uiExtensionService.unregister(extension);
        log.info("Stopped");
    }
}
