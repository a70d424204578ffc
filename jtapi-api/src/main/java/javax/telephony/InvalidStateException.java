package javax.telephony;

/**
 * Thrown when a method's pre-conditions on object state do not hold: for example answering a
 * {@code TerminalConnection} that is not ringing, or placing a call while the {@link Provider} is out
 * of service.
 * <p>
 * The exception names the object whose state was wrong, what kind of object it is and the state it
 * was in when the method was refused. The state may have changed again by the time the application
 * looks at it.
 */
public class InvalidStateException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The object in the wrong state is a {@link Provider}. */
    public static final int PROVIDER_OBJECT = 0;

    /** The object in the wrong state is a {@link Call}. */
    public static final int CALL_OBJECT = 1;

    /** The object in the wrong state is a {@link Connection}. */
    public static final int CONNECTION_OBJECT = 2;

    /** The object in the wrong state is a {@link Terminal}. */
    public static final int TERMINAL_OBJECT = 3;

    /** The object in the wrong state is an {@link Address}. */
    public static final int ADDRESS_OBJECT = 4;

    /** The object in the wrong state is a {@link TerminalConnection}. */
    public static final int TERMINAL_CONNECTION_OBJECT = 5;

    private final transient Object object;
    private final int objectType;
    private final int state;

    /**
     * Creates the exception without a detail message.
     *
     * @param object the object whose state did not allow the method
     * @param objectType the kind of object, one of the {@code *_OBJECT} constants of this class
     * @param state the state the object was in, as that object's {@code getState()} reports it
     */
    public InvalidStateException(Object object, int objectType, int state) {
        super();
        this.object = object;
        this.objectType = objectType;
        this.state = state;
    }

    /**
     * Creates the exception with a detail message.
     *
     * @param object the object whose state did not allow the method
     * @param objectType the kind of object, one of the {@code *_OBJECT} constants of this class
     * @param state the state the object was in, as that object's {@code getState()} reports it
     * @param message why the state did not allow the method
     */
    public InvalidStateException(Object object, int objectType, int state, String message) {
        super(message);
        this.object = object;
        this.objectType = objectType;
        this.state = state;
    }

    /**
     * Returns the object whose state did not allow the method.
     *
     * @return the object, as given when the exception was created
     */
    public Object getObject() {
        return object;
    }

    /**
     * Returns the kind of object whose state did not allow the method.
     *
     * @return one of the {@code *_OBJECT} constants of this class
     */
    public int getObjectType() {
        return objectType;
    }

    /**
     * Returns the state the object was in when the method was refused.
     *
     * @return a state constant of the object's own interface
     */
    public int getState() {
        return state;
    }
}
