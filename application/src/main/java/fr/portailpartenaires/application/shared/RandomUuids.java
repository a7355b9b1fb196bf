package fr.portailpartenaires.application.shared;

import java.util.UUID;
import java.util.random.RandomGenerator;

/** Random ids drawn from an injected generator: a {@link java.security.SecureRandom} in production, fixed in tests. */
public final class RandomUuids {

    private RandomUuids() {
    }

    /** A version 4 (random) UUID: two longs drawn from {@code random}, with the version and variant bits set. */
    public static UUID next(RandomGenerator random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
