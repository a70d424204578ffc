package io.bwjtapi.demo.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Checks what the application saw during a fault against the failover contract. */
final class Contract {
    private Contract() {
    }

    static List<String> check(Expectation expectation, OptionalLong outAt, OptionalLong inAt, int devicesOut,
            int stillOut, int addresses, List<String> differences) {
        List<String> problems = new ArrayList<>();
        switch (expectation) {
            case INVISIBLE -> {
                // A device may be resynchronised when an event in flight on the lost channel was lost.
                if (outAt.isPresent()) {
                    problems.add("the provider went out of service although another XSP was up");
                }
            }
            case PROVIDER_CYCLE -> {
                if (outAt.isEmpty()) {
                    problems.add("the provider never went out of service");
                } else if (inAt.isEmpty()) {
                    problems.add("the provider did not come back in service");
                }
                if (devicesOut < addresses) {
                    problems.add("only " + devicesOut + " of " + addresses + " addresses went out of service");
                }
            }
            case DEVICE_CYCLE -> {
                if (outAt.isPresent()) {
                    problems.add("the provider went out of service for an Application Server failover");
                }
                if (devicesOut == 0) {
                    problems.add("no device was resynchronised although calls were in progress");
                }
            }
            default -> throw new IllegalArgumentException(expectation.toString());
        }
        if (stillOut > 0) {
            problems.add(stillOut + " addresses were still out of service at the end");
        }
        if (!differences.isEmpty()) {
            problems.add("the application's calls differ from the switch's (" + differences.size() + " users)");
        }
        return problems;
    }
}
