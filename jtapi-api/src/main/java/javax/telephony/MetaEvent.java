package javax.telephony;

/** TODO-DOC */
public interface MetaEvent extends Event {
}
