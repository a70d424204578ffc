package javax.telephony.callcontrol;

/**
 * One call-forwarding instruction for an {@link CallControlAddress}: where calls go, when they are
 * forwarded, and which calls the instruction applies to.
 * <p>
 * The <em>type</em> says when calls are forwarded: always ({@link #FORWARD_UNCONDITIONALLY}), when the
 * address is busy ({@link #FORWARD_ON_BUSY}) or when nobody answers ({@link #FORWARD_ON_NOANSWER}). The
 * <em>filter</em> says which calls are affected: all of them ({@link #ALL_CALLS}), calls from inside or
 * from outside the switch's domain ({@link #INTERNAL_CALLS}, {@link #EXTERNAL_CALLS}), or calls from one
 * given caller ({@link #SPECIFIC_ADDRESS}). Instances are immutable.
 */
public class CallControlForwarding {
    /** Forward every call, whatever the state of the address. */
    public static final int FORWARD_UNCONDITIONALLY = 1;

    /** Forward calls that arrive while the address is busy. */
    public static final int FORWARD_ON_BUSY = 2;

    /** Forward calls that are not answered in time. */
    public static final int FORWARD_ON_NOANSWER = 3;

    /** The instruction applies to every incoming call. */
    public static final int ALL_CALLS = 1;

    /** The instruction applies to calls from inside the switch's domain only. */
    public static final int INTERNAL_CALLS = 2;

    /** The instruction applies to calls from outside the switch's domain only. */
    public static final int EXTERNAL_CALLS = 3;

    /** The instruction applies to calls from one caller, named by {@link #getSpecificCaller()}. */
    public static final int SPECIFIC_ADDRESS = 4;

    private final String destinationAddress;
    private final int type;
    private final int filter;
    private final String specificCaller;

    /**
     * Creates an instruction that forwards every call unconditionally.
     *
     * @param destinationAddress the address calls are forwarded to
     */
    public CallControlForwarding(String destinationAddress) {
        this(destinationAddress, FORWARD_UNCONDITIONALLY);
    }

    /**
     * Creates an instruction of the given type that applies to every call.
     *
     * @param destinationAddress the address calls are forwarded to
     * @param type {@link #FORWARD_UNCONDITIONALLY}, {@link #FORWARD_ON_BUSY} or {@link #FORWARD_ON_NOANSWER}
     */
    public CallControlForwarding(String destinationAddress, int type) {
        this.destinationAddress = destinationAddress;
        this.type = type;
        this.filter = ALL_CALLS;
        this.specificCaller = null;
    }

    /**
     * Creates an instruction of the given type that applies only to calls from one caller.
     *
     * @param destinationAddress the address calls are forwarded to
     * @param type {@link #FORWARD_UNCONDITIONALLY}, {@link #FORWARD_ON_BUSY} or {@link #FORWARD_ON_NOANSWER}
     * @param specificCaller the address of the caller whose calls are forwarded
     */
    public CallControlForwarding(String destinationAddress, int type, String specificCaller) {
        this.destinationAddress = destinationAddress;
        this.type = type;
        this.filter = SPECIFIC_ADDRESS;
        this.specificCaller = specificCaller;
    }

    /**
     * Creates an instruction of the given type that applies only to internal or only to external calls.
     *
     * @param destinationAddress the address calls are forwarded to
     * @param type {@link #FORWARD_UNCONDITIONALLY}, {@link #FORWARD_ON_BUSY} or {@link #FORWARD_ON_NOANSWER}
     * @param internalCalls {@code true} for calls from inside the switch's domain ({@link #INTERNAL_CALLS}),
     *     {@code false} for calls from outside it ({@link #EXTERNAL_CALLS})
     */
    public CallControlForwarding(String destinationAddress, int type, boolean internalCalls) {
        this.destinationAddress = destinationAddress;
        this.type = type;
        this.filter = internalCalls ? INTERNAL_CALLS : EXTERNAL_CALLS;
        this.specificCaller = null;
    }

    /**
     * Returns the address calls are forwarded to.
     *
     * @return the destination address
     */
    public String getDestinationAddress() {
        return destinationAddress;
    }

    /**
     * Returns when calls are forwarded.
     *
     * @return {@link #FORWARD_UNCONDITIONALLY}, {@link #FORWARD_ON_BUSY} or {@link #FORWARD_ON_NOANSWER}
     */
    public int getType() {
        return type;
    }

    /**
     * Returns which calls the instruction applies to.
     *
     * @return {@link #ALL_CALLS}, {@link #INTERNAL_CALLS}, {@link #EXTERNAL_CALLS} or {@link #SPECIFIC_ADDRESS}
     */
    public int getFilter() {
        return filter;
    }

    /**
     * Returns the caller whose calls are forwarded, when the filter is {@link #SPECIFIC_ADDRESS}.
     *
     * @return the caller's address, or {@code null} for any other filter
     */
    public String getSpecificCaller() {
        return specificCaller;
    }
}
