package fr.portailpartenaires.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Business dates are French: a server on UTC still lives on Paris's calendar. */
class BusinessTimeTest {

    private static final Instant NEW_YEARS_EVE_2330_UTC = Instant.parse("2025-12-31T23:30:00Z");

    @Test
    void at_23_30_utc_on_31_december_it_is_already_1_january_in_paris() {
        Clock utc = Clock.fixed(NEW_YEARS_EVE_2330_UTC, ZoneOffset.UTC);

        assertThat(LocalDate.now(utc)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(BusinessTime.today(utc)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(BusinessTime.dateOf(NEW_YEARS_EVE_2330_UTC)).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void in_summer_paris_is_two_hours_ahead() {
        assertThat(BusinessTime.dateOf(Instant.parse("2026-06-30T21:59:59Z"))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(BusinessTime.dateOf(Instant.parse("2026-06-30T22:00:00Z"))).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void the_clock_zone_does_not_matter() {
        Clock tokyo = Clock.fixed(NEW_YEARS_EVE_2330_UTC, java.time.ZoneId.of("Asia/Tokyo"));
        Clock honolulu = Clock.fixed(NEW_YEARS_EVE_2330_UTC, java.time.ZoneId.of("Pacific/Honolulu"));

        assertThat(BusinessTime.today(tokyo)).isEqualTo(BusinessTime.today(honolulu)).isEqualTo(LocalDate.of(2026, 1, 1));
    }
}
