package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.account.UsageRulesAcceptances;
import fr.portailpartenaires.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;

/** {@link UsageRulesAcceptances} in a list, for the tests of the CAF usage rules. */
public final class InMemoryUsageRulesAcceptances implements UsageRulesAcceptances {

    private final List<Acceptance> acceptances = new ArrayList<>();

    @Override
    public synchronized boolean hasAccepted(UserId account, String version) {
        return acceptances.stream().anyMatch(a -> a.account().equals(account) && a.version().equals(version));
    }

    @Override
    public synchronized void record(Acceptance acceptance) {
        if (!hasAccepted(acceptance.account(), acceptance.version())) {
            acceptances.add(acceptance);
        }
    }

    @Override
    public synchronized List<Acceptance> of(UserId account) {
        return acceptances.stream().filter(a -> a.account().equals(account)).toList();
    }
}
