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
package org.onosproject.ha.lab;

import org.projectfloodlight.openflow.protocol.OFErrorMsg;
import org.projectfloodlight.openflow.protocol.errormsg.OFBadActionErrorMsg;
import org.projectfloodlight.openflow.protocol.errormsg.OFBadInstructionErrorMsg;
import org.projectfloodlight.openflow.protocol.errormsg.OFBadMatchErrorMsg;
import org.projectfloodlight.openflow.protocol.errormsg.OFBadRequestErrorMsg;
import org.projectfloodlight.openflow.protocol.errormsg.OFFlowModFailedErrorMsg;
import org.projectfloodlight.openflow.protocol.errormsg.OFGroupModFailedErrorMsg;
import org.projectfloodlight.openflow.protocol.errormsg.OFMeterModFailedErrorMsg;
import org.projectfloodlight.openflow.protocol.errormsg.OFPortModFailedErrorMsg;
import org.projectfloodlight.openflow.protocol.OFMessage;
import org.projectfloodlight.openflow.types.DatapathId;

/**
 * An OpenFlow error a switch sent, with the xid and, when known, the message that failed.
 */
public final class OfError {

    private final DatapathId dpid;
    private final OFErrorMsg error;
    private final OFMessage failed;

    /**
     * Creates an error record.
     *
     * @param dpid   datapath id of the switch
     * @param error  the error message
     * @param failed the message with the error's xid, or null if unknown
     */
    public OfError(DatapathId dpid, OFErrorMsg error, OFMessage failed) {
        this.dpid = dpid;
        this.error = error;
        this.failed = failed;
    }

    /**
     * Returns the switch's datapath id.
     *
     * @return datapath id
     */
    public DatapathId dpid() {
        return dpid;
    }

    /**
     * Returns the xid of the failing request.
     *
     * @return xid
     */
    public long xid() {
        return error.getXid();
    }

    /**
     * Returns the error message as received.
     *
     * @return error message
     */
    public OFErrorMsg error() {
        return error;
    }

    /**
     * Returns the request that failed, or null if it was not one this controller tracked.
     *
     * @return failed message or null
     */
    public OFMessage failed() {
        return failed;
    }

    /**
     * Returns the error as {@code TYPE/CODE}, for example {@code GROUP_MOD_FAILED/WATCH_UNSUPPORTED}.
     *
     * @return type and code
     */
    public String typeAndCode() {
        return error.getErrType() + "/" + code(error);
    }

    private static String code(OFErrorMsg error) {
        if (error instanceof OFBadRequestErrorMsg) {
            return ((OFBadRequestErrorMsg) error).getCode().toString();
        } else if (error instanceof OFBadActionErrorMsg) {
            return ((OFBadActionErrorMsg) error).getCode().toString();
        } else if (error instanceof OFBadInstructionErrorMsg) {
            return ((OFBadInstructionErrorMsg) error).getCode().toString();
        } else if (error instanceof OFBadMatchErrorMsg) {
            return ((OFBadMatchErrorMsg) error).getCode().toString();
        } else if (error instanceof OFFlowModFailedErrorMsg) {
            return ((OFFlowModFailedErrorMsg) error).getCode().toString();
        } else if (error instanceof OFGroupModFailedErrorMsg) {
            return ((OFGroupModFailedErrorMsg) error).getCode().toString();
        } else if (error instanceof OFMeterModFailedErrorMsg) {
            return ((OFMeterModFailedErrorMsg) error).getCode().toString();
        } else if (error instanceof OFPortModFailedErrorMsg) {
            return ((OFPortModFailedErrorMsg) error).getCode().toString();
        }
        return "code?";
    }

    @Override
    public String toString() {
        return "switch " + dpid + " rejected xid " + xid() + " with " + typeAndCode()
                + (failed == null ? "" : " (" + failed.getType() + ")");
    }
}
