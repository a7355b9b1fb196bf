package fr.portailpartenaires.application.habitat;

import static fr.portailpartenaires.application.habitat.HabitatForms.code;
import static fr.portailpartenaires.application.habitat.HabitatForms.pastDate;
import static fr.portailpartenaires.application.habitat.HabitatForms.text;

import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.FileView;
import fr.portailpartenaires.application.shared.AddressForms;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.Guards;
import fr.portailpartenaires.application.shared.Frame;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.habitat.DecisionNotification;
import fr.portailpartenaires.domain.habitat.Gir;
import fr.portailpartenaires.domain.habitat.InterventionFile;
import fr.portailpartenaires.domain.habitat.InterventionOrder;
import fr.portailpartenaires.domain.habitat.PaymentTerms;
import fr.portailpartenaires.domain.habitat.Ressources;
import fr.portailpartenaires.domain.habitat.WorkType;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.shared.FreeText;
import fr.portailpartenaires.domain.shared.Money;
import fr.portailpartenaires.domain.shared.Nir;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The caisse's back-office of the Habitat service (spec §4.1, §4.4): the orders of its ergothérapeutes' conventions
 * and the decisions on their transmitted files. A convention or an order of another caisse is not found; the audit
 * names the order, never the NIR.
 */
public final class ManageHabitatOrdersService extends UseCaseBase<HabitatPorts>
        implements ManageHabitatOrders {

    static final String ORDER_CREATED = "HABITAT_ORDER_CREATED";
    static final String DECISION_RECORDED = "HABITAT_DECISION_RECORDED";

    static final Refusal CAISSE_ONLY = Refusal.of("habitat.reserve_caisse");
    static final Refusal CONVENTION_NOT_FOUND = Refusal.of("convention.introuvable");
    static final Refusal NOT_AN_ERGOTHERAPEUTE_CONVENTION = Refusal.of("commande.convention_non_ergotherapeute");

    public ManageHabitatOrdersService(UseCaseSupport support, HabitatPorts ports) {
        super(support.toMicroseconds(), ports);
    }

    @Override
    public Outcome<CreatedOrder> createOrder(Principal principal, OrderForm form, String sourceAddress) {
        return Guards.caisseAdministrator(principal, CAISSE_ONLY).flatMap(caisse ->
                support.validate(form).flatMap(errors -> support.commitIfDone(() -> {
                    Optional<Convention> convention = errors.parse("convention", form.convention(),
                                    ManageHabitatOrdersService::uuid)
                            .flatMap(id -> ports.conventions().find(new ConventionId(id)))
                            .map(Conventions.Stored::convention)
                            .filter(found -> found.caisse().code().equals(caisse));
                    if (!errors.has("convention") && convention.isEmpty()) {
                        return Outcome.refused(Reason.NOT_FOUND, CONVENTION_NOT_FOUND);
                    }
                    LocalDate today = BusinessTime.today(support.clock());
                    if (convention.isPresent() && !(convention.get().isEffective(today)
                            && convention.get().partnerType() == PartnerType.PRESTATAIRE_ERGOTHERAPEUTE)) {
                        return Outcome.refused(Reason.UNPROCESSABLE, NOT_AN_ERGOTHERAPEUTE_CONVENTION);
                    }
                    Optional<InterventionOrder> order = convention.flatMap(found -> order(found, form, errors, today));
                    if (!errors.isEmpty() || order.isEmpty()) {
                        return errors.toOutcome();
                    }
                    ports.orders().add(order.get());
                    support.audit(AuditEvent.of(support.now(), principal.user().value().toString(), ORDER_CREATED)
                            .withScope(caisse.value())
                            .withTarget(Habitat.target(order.get().id()))
                            .withSourceAddress(sourceAddress)
                            .withDetail("convention", order.get().conventionId().toString()));
                    return Outcome.done(new CreatedOrder(order.get().id()));
                })));
    }

    private Optional<InterventionOrder> order(Convention convention, OrderForm form, FormErrors errors,
            LocalDate today) {
        Optional<LastName> nom = errors.parse("nom", form.nom(), LastName::parse);
        Optional<FirstName> prenom = errors.parse("prenom", form.prenom(), FirstName::parse);
        Optional<Nir> nir = errors.parse("nir", form.nir(), Nir::parse);
        String identity = ((form.prenom() == null ? "" : form.prenom().strip()) + " "
                + (form.nom() == null ? "" : form.nom().strip())).strip();
        // the address's identity line is the retiree's name, at most 100 characters
        identity = identity.isEmpty() ? "-" : identity.substring(0, Math.min(identity.length(), 100));
        Optional<PostalAddress> address = form.adresse() == null ? Optional.empty()
                : AddressForms.parse(form.adresse(), identity, "adresse.", errors);
        Optional<PhoneNumber> phone = errors.parse("telephone", form.telephone(), PhoneNumber::parse);
        Optional<Ressources> ressources = errors.parse("ressources", form.ressources(), Ressources::parse);
        Optional<LocalDate> orderedOn = errors.parse("dateDeCommande", form.dateDeCommande(),
                date -> pastDate(date, today, "La date de commande"));
        Optional<FreeText> providerName = form.prestataireHabitat() == null ? Optional.empty()
                : errors.parse("prestataireHabitat.nom", form.prestataireHabitat().nom(),
                        raw -> text(raw, InterventionOrder.HabitatProvider.NAME_MAX_LENGTH));
        Optional<FreeText> providerContact = form.prestataireHabitat() == null ? Optional.empty()
                : errors.parse("prestataireHabitat.coordonnees", form.prestataireHabitat().coordonnees(),
                        raw -> text(raw, InterventionOrder.HabitatProvider.COORDINATES_MAX_LENGTH));
        Optional<LocalDate> evaluatedOn = form.evaluation() == null ? Optional.empty()
                : errors.parse("evaluation.dateEvaluation", form.evaluation().dateEvaluation(),
                        date -> pastDate(date, today, "La date d'évaluation"));
        Optional<Gir> gir = form.evaluation() == null || errors.has("evaluation.gir") ? Optional.empty()
                : errors.parse("evaluation.gir", "gir", ignored -> Gir.of(form.evaluation().gir()));
        Optional<FreeText> housing = form.evaluation() == null ? Optional.empty()
                : errors.parse("evaluation.logement", form.evaluation().logement(),
                        raw -> text(raw, InterventionOrder.Evaluation.HOUSING_MAX_LENGTH));
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InterventionOrder(UUID.randomUUID(), convention.id().value(),
                new InterventionOrder.Retiree(nom.orElseThrow(), prenom.orElseThrow(), nir.orElseThrow(),
                        address.orElseThrow(), phone.orElseThrow(), ressources.orElseThrow()),
                orderedOn.orElseThrow(),
                new InterventionOrder.HabitatProvider(providerName.orElseThrow(), providerContact.orElseThrow()),
                new InterventionOrder.Evaluation(evaluatedOn.orElseThrow(), gir.orElseThrow(), housing.orElseThrow()),
                support.now()));
    }

    @Override
    public Outcome<FileView> recordDecision(Principal principal, UUID orderId, DecisionForm form,
            String sourceAddress) {
        return Guards.caisseAdministrator(principal, CAISSE_ONLY).flatMap(caisse -> support.commitIfDone(() -> {
            Optional<InterventionOrders.Stored> stored = ports.orders().find(orderId).filter(found ->
                    ports.conventions().find(new ConventionId(found.order().conventionId()))
                            .filter(c -> c.convention().caisse().code().equals(caisse))
                            .isPresent());
            if (stored.isEmpty()) {
                return Outcome.refused(Reason.NOT_FOUND, Habitat.ORDER_NOT_FOUND);
            }
            // whether the file's state allows a decision at all, before reading the form
            var probe = new DecisionNotification(WorkType.AUTRE, Money.ofCents(1), BusinessTime.today(support.clock()),
                    1, PaymentTerms.AVEC_SUBROGATION);
            if (stored.get().file().recordDecision(probe) instanceof Result.Refused<InterventionFile> refused) {
                return Outcome.refused(Reason.UNPROCESSABLE, refused.refusal());
            }
            return support.validate(form).flatMap(errors -> decide(principal, caisse, stored.get(),
                    form, errors, sourceAddress));
        }));
    }

    private Outcome<FileView> decide(Principal principal, CaisseCode caisse, InterventionOrders.Stored stored,
            DecisionForm form, FormErrors errors, String sourceAddress) {
        Optional<WorkType> workType = errors.parse("typeDeTravaux", form.typeDeTravaux(),
                raw -> code(raw, WorkType.class, "typeDeTravaux.inconnu"));
        Optional<Money> ceiling = errors.parse("plafond", form.plafond(), Money::parse);
        Optional<PaymentTerms> terms = errors.parse("paiement", form.paiement(), raw -> code(raw, PaymentTerms.class,
                "paiement.inconnu"));
        if (!errors.isEmpty()) {
            return errors.toOutcome();
        }
        var decision = DecisionNotification.create(workType.orElseThrow(), ceiling.orElseThrow(),
                form.dateEffet(), form.dureeMois(), terms.orElseThrow());
        if (decision instanceof Result.Refused<DecisionNotification> refused) {
            errors.add(refused.refusal().code().equals("decision.plafond_nul") ? "plafond" : "dureeMois",
                    refused.refusal());
            return errors.toOutcome();
        }
        InterventionFile decided = stored.file().recordDecision(decision.orElseThrow()).orElseThrow();
        if (!ports.orders().update(decided, stored.version())) {
            return Outcome.refused(Reason.CONFLICT, Habitat.CHANGED_MEANWHILE);
        }
        support.audit(AuditEvent.of(support.now(), principal.user().value().toString(), DECISION_RECORDED)
                .withScope(caisse.value())
                .withTarget(Habitat.target(stored.order().id()))
                .withSourceAddress(sourceAddress)
                .withDetail("typeDeTravaux", workType.orElseThrow().name())
                .withDetail("paiement", terms.orElseThrow().name()));
        return Outcome.done(ports.views().fileView(stored.order(), decided, BusinessTime.today(support.clock())));
    }

    private static Result<UUID> uuid(String raw) {
        try {
            return Result.ok(UUID.fromString(raw.strip()));
        } catch (IllegalArgumentException e) {
            return Result.refused(CONVENTION_NOT_FOUND);
        }
    }

    @Override
    public Outcome<WorkOnHabitatFiles.OrderPage> orders(Principal principal, UUID conventionId,
            WorkOnHabitatFiles.ListRequest request) {
        return Frame.onFound(Guards.caisseAdministrator(principal, CAISSE_ONLY), support.transactions(),
                caisse -> Optional.ofNullable(conventionId)
                        .flatMap(id -> ports.conventions().find(new ConventionId(id)))
                        .map(Conventions.Stored::convention)
                        .filter(convention -> convention.caisse().code().equals(caisse)),
                () -> Outcome.refused(Reason.NOT_FOUND, CONVENTION_NOT_FOUND),
                (caisse, convention) -> ports.pages().page(convention.id(), request));
    }
}
