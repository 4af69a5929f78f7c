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

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.onosproject.codec.CodecContext;
import org.onosproject.codec.JsonCodec;
import org.onosproject.ha.flow.HaFlowPath;
import org.onosproject.ha.flow.HaFlowPaths;

/**
 * JSON form of an HA-flow's Y-trees in ONOS terms: {@code {primary, protected_path}}, each encoded by
 * {@link HaFlowPathCodec}; protected_path is omitted when the flow has none.
 */
public final class HaFlowPathsCodec extends JsonCodec<HaFlowPaths> {

    @Override
    public ObjectNode encode(HaFlowPaths paths, CodecContext context) {
        JsonCodec<HaFlowPath> pathCodec = context.codec(HaFlowPath.class);
        ObjectNode node = context.mapper().createObjectNode();
        node.set("primary", pathCodec.encode(paths.primary(), context));
        paths.protectedPath().ifPresent(p -> node.set("protected_path", pathCodec.encode(p, context)));
        return node;
    }
}
