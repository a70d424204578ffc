package javax.telephony.phone.events;

import javax.telephony.events.Ev;

/**
 * The base of every event of the phone package in the JTAPI 1.2 observer model.
 * <p>
 * Besides the core cause ({@link #getCause()}), a phone event carries a cause of its own,
 * {@link #getPhoneCause()}. Note that {@link #CAUSE_NORMAL} and {@link #CAUSE_UNKNOWN} declared here
 * (500 and 501) hide the core constants of the same names in {@link Ev} (100 and 101): compare
 * {@code getPhoneCause()} with these and {@code getCause()} with {@code Ev.CAUSE_NORMAL} and
 * {@code Ev.CAUSE_UNKNOWN}.
 *
 * @deprecated As of JTAPI 1.4, replaced by {@link javax.telephony.phone.PhoneTerminalEvent}, delivered
 *     to a {@link javax.telephony.phone.PhoneTerminalListener}.
 */
public interface PhoneEv extends Ev {
    /** Phone cause: the change happened in the ordinary course of things. */
    int CAUSE_NORMAL = 500;

    /** Phone cause: the reason for the change is not known. */
    int CAUSE_UNKNOWN = 501;

    /**
     * Returns why the change happened, in the terms of the phone package.
     *
     * @return {@link #CAUSE_NORMAL} or {@link #CAUSE_UNKNOWN} of this interface
     */
    int getPhoneCause();
}
