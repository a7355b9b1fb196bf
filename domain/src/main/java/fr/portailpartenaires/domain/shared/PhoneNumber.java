package fr.portailpartenaires.domain.shared;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A French telephone number of 10 digits starting with {@code 0} (and not {@code 00}, the
 * international prefix). Typed with or without separators ({@code 03 02 01 05 09},
 * {@code 03.02.01.05.09}, {@code 03-02-01-05-09}), or in international form (see {@link #parse});
 * stored as {@code 0302010509}; shown in pairs.
 *
 * @param value the 10 digits, without separators
 */
public record PhoneNumber(String value) {

    private static final Pattern NATIONAL = Pattern.compile("0[1-9][0-9]{8}");
    private static final Pattern SEPARATORS = Pattern.compile("[ .\\-]");
    /**
     * {@code +} or {@code 00}, a country code of the French numbering plan, an optional {@code (0)} (the
     * national prefix some people keep in brackets), then the nine digits of the national number.
     */
    private static final Pattern INTERNATIONAL =
            Pattern.compile("(?:\\+|00)(33|262|269|590|594|596)(?:\\(0\\))?([1-9][0-9]{8})");
    /** Mayotte's fixed (0269) and mobile (0639) numbers: the only French numbers that may follow +269. */
    private static final Pattern MAYOTTE = Pattern.compile("(?:269|639)[0-9]{6}");
    private static final Refusal WRONG_FORMAT = Refusal.of("telephone.format_invalide");

    public PhoneNumber {
        Objects.requireNonNull(value, "value");
        if (!NATIONAL.matcher(value).matches()) {
            throw new InvalidValueException(WRONG_FORMAT);
        }
    }

    /**
     * Reads a number typed by a user; spaces, dots and dashes between the digits are dropped. The
     * international form ({@code +} or {@code 00}, a country code, the nine digits) is read as the
     * ten-digit French form, {@code 0} followed by those nine digits: metropolitan France and the
     * overseas départements share one closed ten-digit plan, each with its own country code (ARCEP,
     * « Changement de plan de numérotation dans les départements d'outre-mer », 26 July 2000; ITU-T E.164):
     * <ul>
     *   <li>{@code +33 3 02 01 05 09}, {@code 0033 3 02 01 05 09}, {@code +33 (0)3 02 01 05 09} → 03 02 01 05 09;</li>
     *   <li>La Réunion, {@code +262}: {@code +262 262 12 34 56} → 02 62 12 34 56 (fixed),
     *       {@code +262 692 12 34 56} → 06 92 12 34 56 (mobile);</li>
     *   <li>Mayotte, also {@code +262} since 30 March 2007: {@code +262 269 61 12 34} → 02 69 61 12 34
     *       (fixed), {@code +262 639 26 27 28} → 06 39 26 27 28 (mobile) (ARCEP, « ARCEP continues the
     *       modernisation of the numbering plan in Mayotte », 24 July 2006);</li>
     *   <li>Guadeloupe, Saint-Martin, Saint-Barthélemy, {@code +590}: {@code +590 590 …} → 05 90 …,
     *       {@code +590 690 …} → 06 90 …;</li>
     *   <li>Guyane, {@code +594}: {@code +594 594 …} → 05 94 …, {@code +594 694 …} → 06 94 …;</li>
     *   <li>Martinique, {@code +596}: {@code +596 596 …} → 05 96 …, {@code +596 696 …} → 06 96 ….</li>
     * </ul>
     * {@code +269} is the Comoros' code, which Mayotte shared until 2007 and which many still write for
     * Mayotte: followed by a Mayotte number ({@code +269 269 61 12 34} → 02 69 61 12 34,
     * {@code +269 639 …} → 06 39 …) it is read as that number; the Comoros' own seven-digit numbers and
     * Mayotte's six-digit numbers of before 2007 are refused. As for the ten-digit form, whether a number
     * is actually allotted is not checked.
     */
    public static Result<PhoneNumber> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Result.refused("telephone.obligatoire");
        }
        String typed = SEPARATORS.matcher(raw.strip()).replaceAll("");
        if (NATIONAL.matcher(typed).matches()) {
            return Result.ok(new PhoneNumber(typed));
        }
        Matcher international = INTERNATIONAL.matcher(typed);
        if (international.matches()) {
            String countryCode = international.group(1);
            String nationalNumber = international.group(2);
            if (!countryCode.equals("269") || MAYOTTE.matcher(nationalNumber).matches()) {
                return Result.ok(new PhoneNumber("0" + nationalNumber));
            }
        }
        return Result.refused(WRONG_FORMAT);
    }

    public static PhoneNumber of(String raw) {
        return parse(raw).orElseThrow();
    }

    /** The number as shown in the portal: {@code 03 02 01 05 09}. */
    public String display() {
        return String.join(" ", value.substring(0, 2), value.substring(2, 4), value.substring(4, 6),
                value.substring(6, 8), value.substring(8, 10));
    }
}
