package javax.telephony.privatedata;

import javax.telephony.TerminalListener;

/**
 * A {@link TerminalListener} that also receives the private data the platform sends about a
 * {@link javax.telephony.Terminal}.
 * <p>
 * The application registers it as an ordinary listener with
 * {@link javax.telephony.Terminal#addTerminalListener(TerminalListener)}. An implementation that
 * supports private data notices that the listener implements this interface and then delivers
 * {@link PrivateDataEvent}s with ID {@link PrivateDataEvent#PRIVATE_DATA_TERMINAL_EVENT} to
 * {@link #terminalPrivateData(PrivateDataEvent)}, in order with the listener's other events.
 * Implementations without private data never call it.
 */
public interface PrivateDataTerminalListener extends TerminalListener {
    /**
     * Receives private data the platform sent about the terminal.
     *
     * @param event the event; its {@link PrivateDataEvent#getSource()} is the terminal and its
     *     {@link PrivateDataEvent#getPrivateData()} the data
     */
    void terminalPrivateData(PrivateDataEvent event);
}
