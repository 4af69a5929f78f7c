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
package org.onosproject.ha.flow;

import java.util.Objects;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One broken rule in a request: the field, named as in the JSON body (e.g.
 * {@code sub_flows[1].endpoint.vlan_id}), and the rule, as a sentence.
 */
public final class HaFlowViolation {

    private final String field;
    private final String rule;

    private HaFlowViolation(String field, String rule) {
        this.field = checkNotNull(field, "field cannot be null");
        this.rule = checkNotNull(rule, "rule cannot be null");
    }

    /**
     * Returns a violation.
     *
     * @param field JSON field path, e.g. {@code shared_endpoint.switch_id}
     * @param rule  the rule and, where useful, the offending value
     * @return violation
     */
    public static HaFlowViolation of(String field, String rule) {
        return new HaFlowViolation(field, rule);
    }

    /**
     * Returns the field path.
     *
     * @return field
     */
    public String field() {
        return field;
    }

    /**
     * Returns the rule text.
     *
     * @return rule
     */
    public String rule() {
        return rule;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HaFlowViolation)) {
            return false;
        }
        HaFlowViolation that = (HaFlowViolation) o;
        return field.equals(that.field) && rule.equals(that.rule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, rule);
    }

    /**
     * Returns {@code field: rule}.
     *
     * @return text form
     */
    @Override
    public String toString() {
        return field + ": " + rule;
    }
}
