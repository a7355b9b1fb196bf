package fr.portailpartenaires.application.shared;

import java.util.Objects;

/**
 * What a feature's services, and the helpers they share, are built on: the {@link UseCaseSupport} and the feature's
 * ports (one value, ADR 29). Held here once rather than declared and assigned again in every service; a service adds
 * as fields only what is set up for it alone (a throttling, the captcha check, its temporary passwords).
 *
 * @param <P> the feature's ports: a record such as {@code ConventionPorts}, or the feature's one port
 */
public abstract class UseCaseBase<P> {

    /** The transactions, the clock, the audit, the outbox and the randomness of the use cases. */
    protected final UseCaseSupport support;
    /** The ports of the feature, called through the record ({@code ports.conventions().find(id)}). */
    protected final P ports;

    protected UseCaseBase(UseCaseSupport support, P ports) {
        this.support = Objects.requireNonNull(support, "support");
        this.ports = Objects.requireNonNull(ports, "ports");
    }
}
