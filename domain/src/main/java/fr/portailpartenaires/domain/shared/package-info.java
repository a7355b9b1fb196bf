/**
 * Building blocks shared by every aggregate: the {@link fr.portailpartenaires.domain.shared.Result}
 * and {@link fr.portailpartenaires.domain.shared.Refusal} types that carry French refusals as values,
 * and the value objects used across concepts (SIRET, NIR, phone, e-mail, postal address, money).
 */
package fr.portailpartenaires.domain.shared;
