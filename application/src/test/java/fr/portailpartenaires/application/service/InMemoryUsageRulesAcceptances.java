package fr.portailpartenaires.application.service;

import fr.portailpartenaires.application.port.out.UsageRulesAcceptances;
import fr.portailpartenaires.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;

/** {@link UsageRulesAcceptances} in a list, for the tests of the CAF usage rules. */
final class InMemoryUsageRulesAcceptances implements UsageRulesAcceptances {

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
