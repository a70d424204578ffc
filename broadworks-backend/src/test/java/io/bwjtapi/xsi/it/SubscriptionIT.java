package io.bwjtapi.xsi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bwjtapi.simulator.RecordedRequest;
import io.bwjtapi.simulator.SubscriptionInfo;
import io.bwjtapi.simulator.fault.RequestMatcher;
import io.bwjtapi.xsi.XsiClientConfigBuilder;
import io.bwjtapi.xsi.event.EventDataType;
import io.bwjtapi.xsi.model.EventPackage;
import io.bwjtapi.xsi.subscription.BulkSubscribeResult;
import io.bwjtapi.xsi.subscription.Subscription;
import io.bwjtapi.xsi.subscription.SubscriptionLossReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Subscriptions against the simulator: creation, bulk with backoff, refusal, resync, loss and re-creation. */
class SubscriptionIT extends SimulatorBackedIT {

    @Override
    XsiClientConfigBuilder client(XsiClientConfigBuilder builder) {
        return builder.bulkConcurrency(2);
    }

    @BeforeEach
    void openAChannel() {
        open(0);
    }

    private RawXsi raw() {
        return new RawXsi(sim.xspBaseUri(0), ADMIN, PASSWORD);
    }

    @Test
    void aSubscriptionDeliversTheInitialSnapshotMappedToItsUserThoughTheEventLacksTargetId() {
        Subscription s = get(client.subscriptions().subscribe(user(0))).get(0);
        await("snapshot of user 0", () -> events.has(user(0), EventDataType.CALL_SUBSCRIPTION));

        var snapshot = events.of(user(0), EventDataType.CALL_SUBSCRIPTION).get(0);
        assertEquals(s.subscriptionId(), snapshot.event().subscriptionId());
        assertTrue(snapshot.event().targetId().isEmpty(), "the simulator omits targetId like a real XSP");
        assertTrue(snapshot.thread().startsWith("bwjtapi-xsi-delivery"), snapshot.thread());
        assertTrue(facts.has("snapshotReceived", f -> f.subject().equals(user(0)) && f.detail().equals(false)));
        assertEquals(EventPackage.ADVANCED_CALL, s.eventPackage());
        RecordedRequest post = sim.requests().stream().filter(r -> r.method().equals("POST")
                && r.path().equals("/com.broadsoft.xsi-events/v2.0/user/" + user(0))).findFirst().orElseThrow();
        assertTrue(post.body().contains("<event>Advanced Call</event>"), post.body());
        assertTrue(post.body().contains("<channelSetId>" + client.config().channelSetId() + "</channelSetId>"));
        assertFalse(post.body().contains("targetId") || post.body().contains("subscriberId"),
                "ids that come from the URL and credentials are not sent");
        assertEquals(s, client.subscriptions().bySubscriptionId(s.subscriptionId()).orElseThrow());
    }

    @Test
    void subscribeAllSubscribesEveryoneWithBoundedConcurrencyAndBacksOffOn503() {
        sim.inject(new io.bwjtapi.simulator.fault.Fault.DelayResponses(RequestMatcher.subscriptionCreates(),
                Duration.ofMillis(200), io.bwjtapi.simulator.fault.Fault.UNLIMITED));
        sim.respondStatus(RequestMatcher.subscriptionCreates(), 503, 3);
        List<String> users = sim.users().stream().map(u -> u.userId()).toList();

        BulkSubscribeResult result = get(client.subscriptions().subscribeAll(users));

        assertTrue(result.isComplete(), result::toString);
        assertEquals(users.size(), result.subscribed().size());
        assertEquals(users.stream().sorted().toList(),
                sim.subscriptions().stream().map(SubscriptionInfo::targetUserId).sorted().toList());
        assertEquals(3, facts.named("overload").size());
        List<Instant> arrivals = sim.requests().stream().filter(r -> r.method().equals("POST")
                && r.path().contains("/user/")).map(RecordedRequest::time).sorted().toList();
        for (Instant arrival : arrivals) {
            long inWindow = arrivals.stream().filter(a -> !a.isAfter(arrival)
                    && Duration.between(a, arrival).toMillis() < 150).count();
            assertTrue(inWindow <= 2, "at most 2 subscription requests in flight: " + arrivals);
        }
    }

    @Test
    void aDeletedUserIsReportedAsRefused() {
        String deleted = user(5);
        sim.deleteUser(deleted);
        BulkSubscribeResult result = get(client.subscriptions().subscribeAll(List.of(user(0), deleted)));

        assertEquals(List.of(user(0)), result.subscribed().stream().map(Subscription::userId).toList());
        int status = result.refused().get(deleted).status();
        assertTrue(status == 403 || status == 404, "status " + status);
        assertTrue(facts.has("subscriptionRefused", f -> f.subject().equals(deleted)));
        assertFalse(client.subscriptions().users().contains(deleted));
    }

    @Test
    void aForcedResyncYieldsAFreshSnapshot() {
        Subscription s = get(client.subscriptions().subscribe(user(1))).get(0);
        await("first snapshot", () -> events.has(user(1), EventDataType.CALL_SUBSCRIPTION));
        events.clear();

        List<Subscription> after = get(client.subscriptions().refresh(user(1)));

        assertEquals(s.subscriptionId(), after.get(0).subscriptionId());
        await("fresh snapshot", () -> events.has(user(1), EventDataType.CALL_SUBSCRIPTION));
        assertTrue(facts.has("subscriptionRefreshed"));
        assertTrue(sim.requests().stream().anyMatch(r -> r.method().equals("PUT")
                && r.path().equals("/com.broadsoft.xsi-events/v2.0/subscription/" + s.subscriptionId())));
    }

    @Test
    void aTerminatedSubscriptionIsRecreatedAndDeliversANewSnapshot() {
        Subscription s = get(client.subscriptions().subscribe(user(2))).get(0);
        await("first snapshot", () -> events.has(user(2), EventDataType.CALL_SUBSCRIPTION));

        assertEquals(200, raw().send("DELETE", "/com.broadsoft.xsi-events/v2.0/subscription/" + s.subscriptionId(),
                null).statusCode());

        awaitFact("subscriptionRecreated");
        await("terminated event delivered", () -> events.has(user(2), EventDataType.SUBSCRIPTION_TERMINATED));
        assertTrue(facts.has("subscriptionLost", f -> f.detail() == SubscriptionLossReason.TERMINATED_EVENT));
        Subscription current = client.subscriptions().subscriptions().get(0);
        assertNotEquals(s.subscriptionId(), current.subscriptionId());
        await("snapshot of the new subscription", () -> events.of(user(2), EventDataType.CALL_SUBSCRIPTION).stream()
                .anyMatch(d -> d.event().subscriptionId().equals(current.subscriptionId())));
        assertEquals(List.of(current.subscriptionId()),
                sim.subscriptions().stream().map(SubscriptionInfo::subscriptionId).toList());
    }

    @Test
    void aRefreshAnswered404RecreatesTheSubscription() {
        Subscription s = get(client.subscriptions().subscribe(user(3))).get(0);
        sim.respondStatus(RequestMatcher.of("PUT", ".*/subscription/.*"), 404, 1);

        Subscription current = get(client.subscriptions().refresh(user(3))).get(0);

        assertNotEquals(s.subscriptionId(), current.subscriptionId());
        assertTrue(facts.has("subscriptionLost", f -> f.detail() == SubscriptionLossReason.REFRESH_REJECTED));
        awaitFact("subscriptionRecreated");
    }

    @Test
    void unsubscribeDeletesTheSubscription() {
        get(client.subscriptions().subscribe(user(0)));
        get(client.subscriptions().unsubscribe(user(0)));

        assertTrue(sim.subscriptions().isEmpty());
        assertTrue(client.subscriptions().subscriptions().isEmpty());
        assertTrue(client.subscriptions().users().isEmpty());
    }

    @Test
    void aForeignSubscriptionInTheChannelSetIsDroppedAndDeleted() {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Subscription xmlns=\"http://schema.broadsoft.com/xsi\">"
                + "<event>Advanced Call</event><expires>3600</expires><channelSetId>" + client.config().channelSetId()
                + "</channelSetId><applicationId>left-over</applicationId></Subscription>";
        assertEquals(200, raw().send("POST", "/com.broadsoft.xsi-events/v2.0/user/" + user(4), body).statusCode());

        awaitFact("unknownSubscription");
        await("the foreign subscription deleted", () -> sim.subscriptions().isEmpty());
        assertTrue(events.all().isEmpty(), "events of foreign subscriptions are not delivered: " + events.all());
        assertEquals(1, client.stats().unknownSubscriptionEvents());
    }

    @Test
    void agentsAreAlsoSubscribedToTheCallCenterAgentPackage() {
        String agent = sim.users().stream().filter(u -> u.callCenterAgent()).findFirst().orElseThrow().userId();
        get(client.subscriptions().subscribeAll(List.of(user(0), agent), List.of(EventPackage.ADVANCED_CALL)));

        List<Subscription> subscriptions = get(client.subscriptions().subscribe(agent,
                List.of(EventPackage.CALL_CENTER_AGENT)));

        assertEquals(List.of(EventPackage.CALL_CENTER_AGENT),
                subscriptions.stream().map(Subscription::eventPackage).collect(Collectors.toList()));
        await("agent snapshot", () -> events.has(agent, EventDataType.AGENT_SUBSCRIPTION));
        sim.setAgentState(agent, io.bwjtapi.simulator.model.AgentState.UNAVAILABLE, "1007");
        await("agent state event", () -> events.has(agent, EventDataType.AGENT_STATE));
        assertEquals(2, get(client.subscriptions().refresh(agent)).size(), "a resync refreshes both packages");
        assertEquals(3, client.subscriptions().subscriptions().size());
    }
}
