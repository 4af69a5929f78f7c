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
package org.onosproject.ha.flow.impl.rules;

/**
 * What a meter limits. Every meter has the flow's maximum bandwidth as its rate.
 */
public enum HaMeterRole {
    /** On Z's device: all forward traffic (Z to A and B). Belongs to the flow. */
    SHARED_ENDPOINT,
    /** On a leaf's device: that leaf's reverse traffic. Belongs to the flow. */
    LEAF,
    /** On the Y-point: the merged reverse traffic of both leaves. Belongs to a path. */
    Y_POINT
}
