package archfixture.domain.bad;

/** Breaks "time comes from a Clock". */
public class ReadsTheSystemClock {
    public java.time.LocalDate today() {
        return java.time.LocalDate.now();
    }
}
