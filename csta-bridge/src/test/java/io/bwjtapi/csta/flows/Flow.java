package io.bwjtapi.csta.flows;

import java.util.List;
import java.util.Map;

/**
 * One call flow of the simulator: how to drive it, which users are monitored, and the CSTA events each
 * monitored device's Xsi events must give, as {@link io.bwjtapi.csta.support.EventText} with users named
 * a, b, c ... and the external number named "ext".
 *
 * @param name the recording's file name, without extension
 * @param monitored the indices of the monitored users
 * @param script the actions
 * @param expected per monitored device (a, b, ...) the CSTA events, in order
 */
record Flow(String name, List<Integer> monitored, Script script, Map<String, List<String>> expected) {

    /** The actions of a flow. */
    @FunctionalInterface
    interface Script {
        void run(FlowDriver d);
    }

    /** Names a device as the expectations do: user1001 is "a", the external number "ext". */
    static String shortName(String device) {
        if (device.equals("tel:" + FlowDriver.EXTERNAL)) {
            return "ext";
        }
        if (device.startsWith("user10") && device.contains("@")) {
            return String.valueOf((char) ('a' + Integer.parseInt(device.substring(4, device.indexOf('@'))) - 1001));
        }
        return device;
    }

    static String letter(int user) {
        return String.valueOf((char) ('a' + user));
    }

    @Override
    public String toString() {
        return name;
    }
}
