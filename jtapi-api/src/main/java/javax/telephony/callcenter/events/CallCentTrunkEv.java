package javax.telephony.callcenter.events;

import javax.telephony.callcenter.CallCenterTrunk;

/** TODO-DOC @deprecated */
public interface CallCentTrunkEv extends CallCentCallEv {
    /** TODO-DOC */
    CallCenterTrunk getTrunk();
}
