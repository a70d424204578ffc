package io.bwjtapi.provider.event;

import java.util.EventObject;
import javax.telephony.Event;
import javax.telephony.MetaEvent;

/** The common part of every listener event: ID, cause and the opening meta event of its group. */
abstract class ListenerEvent extends EventObject implements Event {
    private static final long serialVersionUID = 1L;

    private final int id;
    private final int cause;
    private final transient MetaEvent metaEvent;

    ListenerEvent(Object source, int id, int cause, MetaEvent metaEvent) {
        super(source);
        this.id = id;
        this.cause = cause;
        this.metaEvent = metaEvent;
    }

    @Override
    public int getID() {
        return id;
    }

    @Override
    public int getCause() {
        return cause;
    }

    @Override
    public MetaEvent getMetaEvent() {
        return metaEvent;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[id=" + id + ", cause=" + cause + ", source=" + getSource() + "]";
    }
}
