package javax.telephony.callcontrol.capabilities;

import javax.telephony.Call;
import javax.telephony.TerminalConnection;
import javax.telephony.capabilities.CallCapabilities;

/** TODO-DOC */
public interface CallControlCallCapabilities extends CallCapabilities {
    /** TODO-DOC */
    boolean canAddParty();

    /** TODO-DOC */
    boolean canConference();

    /** TODO-DOC @deprecated */
    boolean canConsult();

    /** TODO-DOC */
    boolean canConsult(TerminalConnection terminalConnection);

    /** TODO-DOC */
    boolean canConsult(TerminalConnection terminalConnection, String name);

    /** TODO-DOC */
    boolean canDrop();

    /** TODO-DOC */
    boolean canOffHook();

    /** TODO-DOC */
    boolean canSetConferenceController();

    /** TODO-DOC */
    boolean canSetConferenceEnable();

    /** TODO-DOC */
    boolean canSetTransferController();

    /** TODO-DOC */
    boolean canSetTransferEnable();

    /** TODO-DOC @deprecated */
    boolean canTransfer();

    /** TODO-DOC */
    boolean canTransfer(String name);

    /** TODO-DOC */
    boolean canTransfer(Call call);
}
