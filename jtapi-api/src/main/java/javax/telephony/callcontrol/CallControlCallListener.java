package javax.telephony.callcontrol;

import javax.telephony.CallListener;

/** TODO-DOC */
public interface CallControlCallListener extends CallListener {
}
