package io.bwjtapi.broadworks.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.bwjtapi.provider.spi.SwitchConnectException;
import io.bwjtapi.xsi.XsiResponse;
import io.bwjtapi.xsi.action.DirectoryEntry;
import io.bwjtapi.xsi.action.DirectoryScope;
import io.bwjtapi.xsi.action.XsiActions;
import io.bwjtapi.xsi.model.ErrorInfo;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Which users a session monitors, from the users key and the group directories BroadWorks gives users. */
class UserDiscoveryTest {
    private static final String ADMIN = "admin@t";
    private final XsiActions actions = mock(XsiActions.class);
    private final UserDiscovery discovery = new UserDiscovery(actions, Duration.ofSeconds(2));

    private static final List<DirectoryEntry> GROUP = List.of(
            new DirectoryEntry("u1@t", "Ada", "Adler", "+15550101001", "1001", "g"),
            new DirectoryEntry("u2@t", "Boris", "Brandt", "+15550101002", "1002", "g"));

    private void directory(String userId, XsiResponse<List<DirectoryEntry>> answer) {
        when(actions.directoryAll(eq(DirectoryScope.GROUP), eq(userId), anyInt()))
                .thenReturn(CompletableFuture.completedFuture(answer));
    }

    private static XsiResponse<List<DirectoryEntry>> ok(List<DirectoryEntry> entries) {
        return XsiResponse.success("GET directory", 200, entries, null);
    }

    private static XsiResponse<List<DirectoryEntry>> refused(int status) {
        return XsiResponse.error("GET directory", status, new ErrorInfo(null, "unknown user", 4040), null);
    }

    @Test
    void withoutTheUsersKeyEveryUserOfTheDirectoryIsMonitored() throws Exception {
        directory("u1@t", ok(GROUP));
        MonitoredUsers users = discovery.discover("u1@t", null, List.of());
        assertEquals(List.of("1001", "1002"), users.all().stream().map(MonitoredUser::addressName).toList());
        assertEquals("u2@t", users.byName("+15550101002").orElseThrow().userId());
        assertEquals("u2@t", users.byName("15550101002").orElseThrow().userId());
    }

    @Test
    void configuredUsersAreFoundByUserIdNumberOrExtension() throws Exception {
        directory("u1@t", ok(GROUP));
        MonitoredUsers users = discovery.discover(ADMIN, "u1@t", List.of("1002", "+15550101001"));
        assertEquals(List.of("u2@t", "u1@t"), users.all().stream().map(MonitoredUser::userId).toList());
    }

    @Test
    void anAdminLoginWithoutDirectoryReadsTheDirectoryOfTheFirstConfiguredUser() throws Exception {
        directory(ADMIN, refused(404));
        directory("u2@t", ok(GROUP));
        MonitoredUsers users = discovery.discover(ADMIN, null, List.of("u2@t"));
        assertEquals("1002", users.all().get(0).addressName());
    }

    @Test
    void anAdminLoginWithoutUsersNamesTheKeysToSet() {
        directory(ADMIN, refused(404));
        SwitchConnectException e = assertThrows(SwitchConnectException.class,
                () -> discovery.discover(ADMIN, null, List.of()));
        assertEquals(SwitchConnectException.Reason.INVALID_CONFIGURATION, e.reason());
        assertTrue(e.getMessage().contains("users=") && e.getMessage().contains("directoryUser="), e.getMessage());
    }

    @Test
    void withoutAnyDirectoryOnlyUserIdsCanBeMonitored() throws Exception {
        directory(ADMIN, refused(404));
        directory("u9@t", refused(404));
        assertEquals("u9@t", discovery.discover(ADMIN, null, List.of("u9@t")).all().get(0).addressName());
        SwitchConnectException e = assertThrows(SwitchConnectException.class,
                () -> discovery.discover(ADMIN, null, List.of("1001")));
        assertTrue(e.getMessage().contains("directoryUser"), e.getMessage());
    }

    @Test
    void unknownUsersAreNamed() {
        directory("u1@t", ok(GROUP));
        SwitchConnectException e = assertThrows(SwitchConnectException.class,
                () -> discovery.discover("u1@t", null, List.of("1001", "4711")));
        assertTrue(e.getMessage().contains("[4711]"), e.getMessage());
    }

    @Test
    void aRefusedLoginIsAnAuthenticationFailure() {
        directory("u1@t", refused(401));
        assertEquals(SwitchConnectException.Reason.AUTHENTICATION_FAILED,
                assertThrows(SwitchConnectException.class, () -> discovery.discover("u1@t", null, List.of())).reason());
    }

    @Test
    void aDirectoryThatNeverArrivesMeansUnreachable() {
        when(actions.directoryAll(eq(DirectoryScope.GROUP), eq("u1@t"), anyInt())).thenReturn(new CompletableFuture<>());
        UserDiscovery impatient = new UserDiscovery(actions, Duration.ofMillis(50));
        assertEquals(SwitchConnectException.Reason.UNREACHABLE,
                assertThrows(SwitchConnectException.class, () -> impatient.discover("u1@t", null, List.of())).reason());
    }
}
