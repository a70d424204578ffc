package javax.telephony.callcenter.events;

/** TODO-DOC */
public interface RouteEndEvent extends RouteSessionEvent {
}
