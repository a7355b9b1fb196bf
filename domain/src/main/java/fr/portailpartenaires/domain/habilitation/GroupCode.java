package fr.portailpartenaires.domain.habilitation;

/** The two groups the CAF creates for the AFAS service of a convention (spec §6.2). */
public enum GroupCode {
    /** the habilitation managers: only they manage groups and role grants */
    AFAS_HAB("AFAS-HAB", "AFAS-HABILITER"),
    AFAS_DEC("AFAS-DEC", "AFAS-DECLARER");

    private final String code;
    private final String libelle;

    GroupCode(String code, String libelle) {
        this.code = code;
        this.libelle = libelle;
    }

    /** As shown: {@code AFAS-HAB}. */
    public String code() {
        return code;
    }

    public String libelle() {
        return libelle;
    }

    /** The group named by its code ({@code AFAS-HAB}) or constant name ({@code AFAS_HAB}), case-insensitively. */
    public static java.util.Optional<GroupCode> parse(String raw) {
        if (raw == null) {
            return java.util.Optional.empty();
        }
        String wanted = raw.strip();
        return java.util.Arrays.stream(values())
                .filter(group -> group.code.equalsIgnoreCase(wanted) || group.name().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
