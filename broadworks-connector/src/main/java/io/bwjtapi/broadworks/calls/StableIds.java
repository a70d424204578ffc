package io.bwjtapi.broadworks.calls;

import io.bwjtapi.csta.model.CallRef;
import java.util.Optional;

/**
 * The stable call identifiers the JTAPI layer gets ({@code BwCall.getCallId()}): {@code call-<n>} from the call
 * model's {@link CallRef}, which survives extTrackingId changes, transfers (the older call survives) and
 * resynchronisation.
 */
public final class StableIds {
    private static final String PREFIX = "call-";

    private StableIds() {
    }

    /**
     * @param ref a call of the model
     * @return its stable identifier
     */
    public static String of(CallRef ref) {
        return PREFIX + ref.id();
    }

    /**
     * @param id a stable identifier
     * @return the call it names, empty when it is not one of ours
     */
    public static Optional<CallRef> parse(String id) {
        if (id == null || !id.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            long n = Long.parseLong(id.substring(PREFIX.length()));
            return n > 0 ? Optional.of(CallRef.of(n)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
