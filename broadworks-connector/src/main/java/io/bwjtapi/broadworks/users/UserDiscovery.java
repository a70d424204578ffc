package io.bwjtapi.broadworks.users;

import io.bwjtapi.provider.spi.SwitchConnectException;
import io.bwjtapi.provider.spi.SwitchConnectException.Reason;
import io.bwjtapi.xsi.XsiResponse;
import io.bwjtapi.xsi.action.DirectoryEntry;
import io.bwjtapi.xsi.action.DirectoryScope;
import io.bwjtapi.xsi.action.XsiActions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the users to monitor. BroadWorks directories belong to users ({@code /user/<userId>/directories/Group}),
 * so the group directory is read as the {@code directoryUser} (default: the login). Without the {@code users}
 * key every user of that directory is monitored; with it, each entry (userId, number or extension) is looked up
 * in the directory. A login that is not a user has no directory: then {@code users} must name userIds, or
 * {@code directoryUser} a user of the group.
 */
public final class UserDiscovery {
    private static final Logger LOG = LoggerFactory.getLogger(UserDiscovery.class);
    private static final int PAGE_SIZE = 1000;

    private final XsiActions actions;
    private final Duration timeout;

    /**
     * @param actions the Xsi-Actions of the session
     * @param timeout how long the whole directory may take to read
     */
    public UserDiscovery(XsiActions actions, Duration timeout) {
        this.actions = actions;
        this.timeout = timeout;
    }

    /**
     * @param login the login of the session
     * @param directoryUser the user whose group directory is read, or {@code null} for the login
     * @param configured the {@code users} key (empty: every user of the directory)
     * @return the users to monitor
     * @throws SwitchConnectException when the users cannot be determined; the message names the keys to set
     */
    public MonitoredUsers discover(String login, String directoryUser, List<String> configured)
            throws SwitchConnectException {
        String reader = directoryUser != null ? directoryUser : login;
        XsiResponse<List<DirectoryEntry>> answer = read(reader);
        String fallback = configured.isEmpty() ? null : configured.get(0);
        if (!answer.isSuccess() && answer.status() != 401 && directoryUser == null && fallback != null
                && fallback.contains("@") && !fallback.equals(login)) {
            LOG.info("The login {} has no group directory ({}); reading the directory of {}", login, describe(answer),
                    fallback);
            reader = fallback;
            answer = read(reader);
        }
        if (answer.status() == 401) {
            throw new SwitchConnectException(Reason.AUTHENTICATION_FAILED,
                    "BroadWorks refused the login " + login + " (HTTP 401)", null);
        }
        List<DirectoryEntry> directory = answer.isSuccess() ? answer.body().orElse(List.of()) : null;
        if (configured.isEmpty()) {
            if (directory == null) {
                throw new SwitchConnectException(Reason.INVALID_CONFIGURATION, "Cannot list the group directory of "
                        + reader + " (" + describe(answer) + "); a login that is not a BroadWorks user has no"
                        + " directory: set users=<userIds, numbers or extensions> or directoryUser=<a userId of the"
                        + " group>", null);
            }
            List<MonitoredUser> users = new ArrayList<>(directory.size());
            directory.forEach(entry -> users.add(toUser(entry)));
            LOG.info("Monitoring the {} users of the group directory of {}", users.size(), reader);
            return new MonitoredUsers(users);
        }
        if (directory == null) {
            LOG.info("No group directory readable as {} ({}); monitoring the configured userIds as given", reader,
                    describe(answer));
        }
        return new MonitoredUsers(resolve(configured, directory));
    }

    private static List<MonitoredUser> resolve(List<String> configured, List<DirectoryEntry> directory)
            throws SwitchConnectException {
        List<MonitoredUser> users = new ArrayList<>(configured.size());
        List<String> unknown = new ArrayList<>();
        for (String wanted : configured) {
            DirectoryEntry entry = directory == null ? null : find(directory, wanted);
            if (entry != null) {
                users.add(toUser(entry));
            } else if (wanted.contains("@")) {
                users.add(new MonitoredUser(wanted, null, null));
            } else {
                unknown.add(wanted);
            }
        }
        if (!unknown.isEmpty()) {
            throw new SwitchConnectException(Reason.INVALID_CONFIGURATION, "users " + unknown + (directory == null
                    ? " are not userIds, and no group directory is readable to look up numbers and extensions: give"
                    + " userIds, or set directoryUser=<a userId of the group>"
                    : " are not in the group directory (by userId, number or extension)"), null);
        }
        return users;
    }

    private static DirectoryEntry find(List<DirectoryEntry> directory, String wanted) {
        String digits = wanted.startsWith("+") ? wanted.substring(1) : wanted;
        for (DirectoryEntry entry : directory) {
            String number = entry.number().orElse("");
            if (entry.userId().equalsIgnoreCase(wanted) || entry.extension().filter(wanted::equals).isPresent()
                    || (!number.isEmpty() && (number.equals(wanted) || number.replace("+", "").equals(digits)))) {
                return entry;
            }
        }
        return null;
    }

    private static MonitoredUser toUser(DirectoryEntry entry) {
        return new MonitoredUser(entry.userId(), entry.number().orElse(null), entry.extension().orElse(null));
    }

    private XsiResponse<List<DirectoryEntry>> read(String userId) throws SwitchConnectException {
        try {
            return actions.directoryAll(DirectoryScope.GROUP, userId, PAGE_SIZE)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new SwitchConnectException(Reason.UNREACHABLE,
                    "The group directory of " + userId + " did not arrive within " + timeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            throw new SwitchConnectException(Reason.UNREACHABLE,
                    "Reading the group directory of " + userId + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SwitchConnectException(Reason.FAILED, "Interrupted while reading the group directory", e);
        }
    }

    private static String describe(XsiResponse<?> answer) {
        return "HTTP " + answer.status() + answer.errorText().map(t -> ": " + t).orElse("");
    }
}
