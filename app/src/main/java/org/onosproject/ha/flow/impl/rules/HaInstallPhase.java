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
 * Install phases. Installation runs NON_INGRESS then INGRESS (and, within a phase, meters and groups before
 * the rules that use them); removal runs in reverse. Traffic enters a Y-tree only through its ingress rules,
 * so a Y-tree whose non-ingress part is in place can be switched to by rewriting the ingress rules alone.
 */
public enum HaInstallPhase {
    /** Transit, Y-point and egress rules, the Y-point groups and meters. */
    NON_INGRESS,
    /** Customer-facing rules on the endpoint devices and the endpoint meters. */
    INGRESS
}
