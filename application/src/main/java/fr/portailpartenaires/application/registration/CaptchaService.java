package fr.portailpartenaires.application.registration;

import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.RandomUuids;
import fr.portailpartenaires.application.shared.RequestThrottling;
import fr.portailpartenaires.application.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Server-side captcha of the public forms (spec §2.1): a random text drawn as an image — or, for who cannot read it,
 * a short question in French (spec §10.1) —, whose
 * answer is kept only as a hash and expires after {@link #LIFETIME}. Answers are case-sensitive and
 * a challenge answers once: the first verification consumes it, right or wrong, so after any error
 * the form shows a new captcha. Challenges are counted per source address
 * ({@link RequestThrottling#CAPTCHAS_PER_ADDRESS}); one refused for the count is not drawn.
 */
public final class CaptchaService implements IssueCaptcha {

    /**
     * Upper case, lower case and digits, without the characters people confuse: 0/O/o, 1/I/l/i/j,
     * 5/S, 6/b/G, 8/B, 9/g/q, 2/Z, and the letters whose two cases look alike (c, k, o, p, s, u, v, w, x, z).
     */
    public static final String ALPHABET = "ABDEFGHJLMNQRTYabdefghmnqrty2347";
    public static final int LENGTH = 6;
    public static final Duration LIFETIME = Duration.ofMinutes(10);
    /** The numbers of the questions and of their answers, in words (index = value). */
    static final java.util.List<String> NUMBERS = java.util.List.of("zéro", "un", "deux", "trois", "quatre", "cinq",
            "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept",
            "dix-huit");

    private final CaptchaStore store;
    private final CaptchaRenderer renderer;
    private final RequestThrottling perAddress;
    private final RandomGenerator random;
    private final Clock clock;

    /**
     * @param perAddress on {@code CAPTCHA_ADDRESS} counters ({@link RequestThrottling#CAPTCHAS_PER_ADDRESS})
     * @param random     a {@link java.security.SecureRandom} in production (a seeded generator in tests)
     */
    public CaptchaService(CaptchaStore store, CaptchaRenderer renderer, RequestThrottling perAddress,
            RandomGenerator random, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.perAddress = Objects.requireNonNull(perAddress, "perAddress");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Outcome<Captcha> issue(String sourceAddress) {
        return counted(sourceAddress, this::draw);
    }

    @Override
    public Outcome<Question> ask(String sourceAddress) {
        return counted(sourceAddress, this::drawQuestion);
    }

    @Override
    public Outcome<Captcha> refresh(UUID previous, String sourceAddress) {
        return counted(sourceAddress, () -> {
            if (previous != null) {
                store.discard(previous);
            }
            return draw();
        });
    }

    private <T> Outcome<T> counted(String sourceAddress, Supplier<T> challenge) {
        Instant now = clock.instant();
        Optional<Duration> wait = perAddress.waitFor(sourceAddress, now);
        if (wait.isPresent()) {
            return Outcome.tooManyRequests(RequestThrottling.refusal(wait.get()), wait.get());
        }
        perAddress.record(sourceAddress, now);
        return Outcome.done(challenge.get());
    }

    private Captcha draw() {
        UUID id = randomUuid();
        String text = randomText();
        store.save(new CaptchaStore.Challenge(id, answerHash(id, text), clock.instant().plus(LIFETIME)));
        return new Captcha(id, renderer.png(text));
    }

    private Question drawQuestion() {
        UUID id = randomUuid();
        int first = 1 + random.nextInt(9);
        int second = 1 + random.nextInt(9);
        store.save(new CaptchaStore.Challenge(id, answerHash(id, String.valueOf(first + second)),
                clock.instant().plus(LIFETIME)));
        return new Question(id, "Combien font " + NUMBERS.get(first) + " plus " + NUMBERS.get(second) + " ?");
    }

    /**
     * True when the answer is the text of the challenge (case-sensitive; spaces around it are
     * ignored) and the challenge has not expired. Unknown, expired and already answered challenges
     * give false. The challenge is consumed whatever the answer.
     */
    public boolean verify(UUID id, String answer) {
        if (id == null) {
            return false;
        }
        Optional<CaptchaStore.Challenge> challenge = store.take(id);
        if (challenge.isEmpty() || answer == null) {
            return false;
        }
        Instant now = clock.instant();
        boolean alive = now.isBefore(challenge.get().expiresAt());
        String expected = challenge.get().answerHash();
        boolean right = sameHash(expected, answerHash(id, answer.strip()))
                | asNumber(answer).map(number -> sameHash(expected, answerHash(id, number))).orElse(false);
        return alive && right;
    }

    private static boolean sameHash(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A question's answer as digits: {@code 7}, {@code 07}, {@code sept}, {@code Dix-sept} or {@code dix sept}; empty
     * when it is no number of the questions. An image's text (six characters) never reads as one.
     */
    static Optional<String> asNumber(String answer) {
        String typed = answer.strip().toLowerCase(java.util.Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
        if (typed.matches("[0-9]{1,2}")) {
            return Optional.of(String.valueOf(Integer.parseInt(typed)));
        }
        int number = NUMBERS.indexOf(typed.replace(' ', '-'));
        return number < 0 ? Optional.empty() : Optional.of(String.valueOf(number));
    }

    /** Deletes the challenges expired at {@code now} (a scheduled job); answers how many. */
    public int purgeExpired(Instant now) {
        return store.purgeExpired(now);
    }

    /** The hash is salted with the challenge's id, so that one table of the 32⁶ answers does not fit every row. */
    private static String answerHash(UUID id, String answer) {
        return Sha256.hex(id + ":" + answer);
    }

    private String randomText() {
        StringBuilder text = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /** A version 4 (random) UUID drawn from the injected generator. */
    private UUID randomUuid() {
        return RandomUuids.next(random);
    }
}
