package io.bwjtapi.simulator.engine;

import io.bwjtapi.simulator.SimulatorConfig;
import io.bwjtapi.simulator.SimulatorException;
import io.bwjtapi.simulator.model.AsRole;
import io.bwjtapi.simulator.model.PartyInfo;
import io.bwjtapi.simulator.model.Personality;
import io.bwjtapi.simulator.model.SimUser;

/** What every call flow needs: the users, the calls, ids, timers, settings and the event emitter. */
final class SwitchContext {
    final SimulatorConfig config;
    final UserDirectory directory;
    final CallRegistry registry;
    final IdGenerator ids;
    final Scheduler scheduler;
    final UserSettings settings;
    final ApplicationServers servers;
    final HookTracker hooks;
    final Emitter emitter;

    SwitchContext(SimulatorConfig config, UserDirectory directory, IdGenerator ids, Scheduler scheduler,
            UserSettings settings, java.util.function.Consumer<SwitchEvent> sink) {
        this.config = config;
        this.directory = directory;
        this.registry = new CallRegistry();
        this.ids = ids;
        this.scheduler = scheduler;
        this.settings = settings;
        this.servers = new ApplicationServers();
        this.hooks = new HookTracker(registry);
        this.emitter = new Emitter(sink, hooks, this::rehomeIfIdle);
    }

    long now() {
        return config.clock().millis();
    }

    SimUser user(String userIdOrAddress) {
        return directory.byUserId(userIdOrAddress).or(() -> directory.resolve(userIdOrAddress))
                .orElseThrow(() -> new SimulatorException(SimulatorException.Reason.NOT_FOUND,
                        "unknown user " + userIdOrAddress));
    }

    CallSession newSession(AsRole host) {
        CallSession session = new CallSession(ids.extTrackingId(host), host);
        registry.addSession(session);
        return session;
    }

    CallHalf newHalf(CallSession session, Party party, Personality personality) {
        String callId = party.isExternal() ? "network-" + ids.callId() : ids.callId();
        CallHalf half = new CallHalf(callId, party, session, personality, now());
        registry.addHalf(half);
        return half;
    }

    /** How a dialled address appears as the remote party before the call reaches it. */
    PartyInfo partyFor(String address) {
        return directory.resolve(address).map(u -> PartyInfo.of(u, Party.COUNTRY_CODE))
                .orElseGet(() -> PartyInfo.external(UserDirectory.externalNumber(address)));
    }

    /** Engages the device of a user's half: it gets the lowest free line appearance. */
    void engageDevice(CallHalf half) {
        if (half.party.isExternal() || half.deviceEngaged()) {
            return;
        }
        int appearance = 1;
        while (usesAppearance(half.party.key(), appearance)) {
            appearance++;
        }
        half.appearance = appearance;
    }

    private boolean usesAppearance(String userId, int appearance) {
        return registry.halvesOf(userId).stream().anyMatch(h -> h.appearance == appearance);
    }

    private void rehomeIfIdle(SimUser user) {
        if (servers.primaryUp() && servers.serving(user.userId()) == AsRole.SECONDARY
                && registry.isIdle(user.userId())) {
            servers.home(user.userId(), AsRole.PRIMARY);
        }
    }
}
