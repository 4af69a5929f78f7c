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

import org.onlab.rest.AbstractWebApplication;

import java.util.Set;

/**
 * The HA application's REST API at {@code /onos/ha}: HA-flows under {@code v2/ha-flows}, DPU HA under
 * {@code dpu}, and the mappers that turn errors into OpenKilda's error body.
 */
public class HaWebApplication extends AbstractWebApplication {
    @Override
    public Set<Class<?>> getClasses() {
        return getClasses(HaInfoWebResource.class, HaFlowWebResource.class, DpuHaWebResource.class,
                          HaFlowExceptionMapper.class, HaRestExceptionMapper.class,
                          DpuHaExceptionMapper.class);
    }
}
