package io.bwjtapi.tck.property;

import static io.bwjtapi.tck.driver.ServiceChange.Device.ADDRESS;
import static io.bwjtapi.tck.driver.ServiceChange.Device.TERMINAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.tck.testing.Recording;
import java.util.List;
import java.util.Set;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.Provider;
import org.junit.jupiter.api.Test;

/** The failover contract's order, going down and coming up, and what it rejects. */
class FailoverOrderCheckTest {
    private static final Set<String> DEVICES = Set.of("address:1001", "terminal:t1001");

    @Test
    void theContractOrderPasses() {
        assertEquals(List.of(), check(contract()));
    }

    @Test
    void theProviderMustNotGoOutOfServiceWhileACallIsStillObserved() {
        Recording r = activeCall().service(ADDRESS, "1001", false).service(TERMINAL, "t1001", false)
                .provider(Provider.OUT_OF_SERVICE);
        List<Violation> v = check(r);
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).message().contains("still observed [call#1]"));
    }

    @Test
    void devicesGoOutOfServiceBeforeTheProviderAndComeBackAfterIt() {
        Recording r = activeCall().ended("call#1").provider(Provider.OUT_OF_SERVICE)
                .service(ADDRESS, "1001", false).service(TERMINAL, "t1001", false)
                .service(ADDRESS, "1001", true).provider(Provider.IN_SERVICE).service(TERMINAL, "t1001", true);
        List<Violation> v = check(r);
        assertEquals(4, v.size(), v.toString());
        assertTrue(v.get(0).message().contains("before its devices"));
        assertTrue(v.get(1).message().contains("went out of service after the provider"));
        assertTrue(v.get(3).message().contains("came back in service while the provider was out of service"));
    }

    @Test
    void callsEndBeforeTheirDeviceGoesDown() {
        Recording r = activeCall().service(ADDRESS, "1001", false).ended("call#1").service(TERMINAL, "t1001", false)
                .provider(Provider.OUT_OF_SERVICE);
        List<Violation> v = check(r);
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).message().contains("after address:1001 had gone out of service"));
    }

    @Test
    void noSnapshotBeforeTheDeviceIsBackAndNoCallEventsDuringTheOutage() {
        Recording r = activeCall().ended("call#1").service(ADDRESS, "1001", false).service(TERMINAL, "t1001", false)
                .provider(Provider.OUT_OF_SERVICE).conn("call#2", "conn#9", "1001", Connection.ALERTING)
                .provider(Provider.IN_SERVICE)
                .batch().snapshot().call("call#1", Call.ACTIVE).conn("call#1", "conn#1", "1001", Connection.CONNECTED);
        List<Violation> v = check(r);
        assertEquals(2, v.size(), v.toString());
        assertTrue(v.get(0).message().contains("while the provider is out of service"));
        assertTrue(v.get(1).message().contains("before it came back in service"));
    }

    @Test
    void withoutDeviceEventsOnlyTheCallAndProviderRulesApply() {
        Recording r = activeCall().ended("call#1").provider(Provider.OUT_OF_SERVICE).provider(Provider.IN_SERVICE)
                .batch().snapshot().call("call#1", Call.ACTIVE).conn("call#1", "conn#1", "1001", Connection.CONNECTED);
        assertEquals(List.of(), FailoverOrderCheck.check(r.events(), DEVICES, false));
    }

    private static Recording contract() {
        return activeCall().ended("call#1").service(ADDRESS, "1001", false).service(TERMINAL, "t1001", false)
                .provider(Provider.OUT_OF_SERVICE).provider(Provider.IN_SERVICE)
                .service(ADDRESS, "1001", true).service(TERMINAL, "t1001", true)
                .batch().snapshot().call("call#1", Call.ACTIVE).conn("call#1", "conn#1", "1001", Connection.CONNECTED);
    }

    private static Recording activeCall() {
        return Recording.observer().batch().call("call#1", Call.ACTIVE)
                .conn("call#1", "conn#1", "1001", Connection.CONNECTED);
    }

    private static List<Violation> check(Recording r) {
        return FailoverOrderCheck.check(r.events(), DEVICES, true);
    }
}
