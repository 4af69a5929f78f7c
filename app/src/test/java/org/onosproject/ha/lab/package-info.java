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

/**
 * The Open vSwitch lab: a private userspace OVS driven over OpenFlow 1.3 (OpenFlowJ-Loxi on Netty),
 * ONOS services backed by it, and ofproto/trace parsing, so that the application's rules are proven
 * on real switches. Test and demo harness only; not part of the bundle.
 */
package org.onosproject.ha.lab;
