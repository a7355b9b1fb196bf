package fr.portailpartenaires.domain.habilitation;

/** How a CAF partner user works (spec §6.3). */
public enum WorkStyle {
    /** possède un poste fixe */
    SEDENTAIRE,
    /** poste de travail variable */
    ITINERANT
}
