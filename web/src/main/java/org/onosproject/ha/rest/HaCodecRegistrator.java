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
package org.onosproject.ha.rest;

import org.onosproject.codec.CodecService;
import org.onosproject.codec.JsonCodec;
import org.onosproject.ha.codec.HaCodecs;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;

import java.util.Map;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * Registers the application's JSON codecs ({@link HaCodecs#all()}) with ONOS's CodecService, so the REST
 * resources and the CLI's {@code -j} output share one representation.
 */
@Component(immediate = true)
public class HaCodecRegistrator {

    private final Logger log = getLogger(getClass());

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected CodecService codecService;

    private Map<Class<?>, JsonCodec<?>> codecs;

    /**
     * Registers the codecs.
     */
    @Activate
    public void activate() {
        codecs = HaCodecs.all();
        codecs.forEach(this::register);
        log.info("Started, {} codecs registered", codecs.size());
    }

    /**
     * Unregisters the codecs.
     */
    @Deactivate
    public void deactivate() {
        codecs.keySet().forEach(codecService::unregisterCodec);
        log.info("Stopped");
    }

    @SuppressWarnings("unchecked")
    private <T> void register(Class<?> type, JsonCodec<?> codec) {
        codecService.registerCodec((Class<T>) type, (JsonCodec<T>) codec);
    }
}
