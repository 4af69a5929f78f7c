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

import com.fasterxml.jackson.databind.ObjectMapper;
import org.onosproject.codec.CodecContext;
import org.onosproject.codec.JsonCodec;

import java.util.HashMap;
import java.util.Map;

/**
 * A codec context holding exactly the application's codecs ({@link HaCodecs#all()}) and any services a
 * test registers.
 */
public final class HaCodecTestContext implements CodecContext {

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<Class<?>, Object> services = new HashMap<>();

    @Override
    public ObjectMapper mapper() {
        return mapper;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> JsonCodec<T> codec(Class<T> entityClass) {
        JsonCodec<T> codec = (JsonCodec<T>) HaCodecs.all().get(entityClass);
        if (codec == null) {
            throw new IllegalArgumentException("no codec for " + entityClass);
        }
        return codec;
    }

    @Override
    public <T> T getService(Class<T> serviceClass) {
        return serviceClass.cast(services.get(serviceClass));
    }

    /**
     * Registers a service.
     *
     * @param type    service class
     * @param service implementation
     * @param <T>     service type
     * @return this context
     */
    public <T> HaCodecTestContext register(Class<T> type, T service) {
        services.put(type, service);
        return this;
    }
}
