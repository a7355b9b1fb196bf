package fr.portailpartenaires.application.shared;

/** Logins already asked for by a pending registration: no one else may take them meanwhile (spec §2.1). */
public interface LoginReservations {

    /** True when a pending registration already asks for this login (compared by {@code Login.key()}). */
    boolean loginRequestedByAPendingRegistration(String loginKey);
}
