package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.application.shared.PasswordHasher;
import java.util.concurrent.atomic.AtomicInteger;

/** The real hasher, counting its costly calls: equal counts on two paths mean equal work, without timing anything. */
final class CountingPasswordHasher implements PasswordHasher {

    private final PasswordHasher real;
    private final AtomicInteger costlyCalls = new AtomicInteger();

    CountingPasswordHasher(PasswordHasher real) {
        this.real = real;
    }

    /** Hashes, verifications and dummy verifications made so far: each costs one Argon2id computation. */
    int costlyCalls() {
        return costlyCalls.get();
    }

    @Override
    public String hash(String password) {
        costlyCalls.incrementAndGet();
        return real.hash(password);
    }

    @Override
    public boolean verify(String password, String storedHash) {
        costlyCalls.incrementAndGet();
        return real.verify(password, storedHash);
    }

    @Override
    public boolean needsRehash(String storedHash) {
        return real.needsRehash(storedHash);
    }

    @Override
    public void verifyDummy(String password) {
        costlyCalls.incrementAndGet();
        real.verifyDummy(password);
    }
}
