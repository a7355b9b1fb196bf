package fr.portailpartenaires.application.habitat;

import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.application.shared.WorkingConvention;
import fr.portailpartenaires.application.shared.AddressForms;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.billing.OpenInvoiceLine;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.AuditLog;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.ExchangeHistory;
import fr.portailpartenaires.application.habitat.InterventionOrders.Filter;
import fr.portailpartenaires.application.habitat.InterventionOrders.Sort;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.shared.Transactions;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.billing.InvoicingRule;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.exchange.ExchangeEntry;
import fr.portailpartenaires.domain.exchange.ExchangeInterface;
import fr.portailpartenaires.domain.habitat.DecisionNotification;
import fr.portailpartenaires.domain.habitat.Gir;
import fr.portailpartenaires.domain.habitat.InterventionFile;
import fr.portailpartenaires.domain.habitat.InterventionOrder;
import fr.portailpartenaires.domain.habitat.PaymentTerms;
import fr.portailpartenaires.domain.habitat.Ressources;
import fr.portailpartenaires.domain.habitat.SansSuiteMotif;
import fr.portailpartenaires.domain.habitat.TransmissionRecorded;
import fr.portailpartenaires.domain.habitat.VisitCertificate;
import fr.portailpartenaires.domain.habitat.VisitContent;
import fr.portailpartenaires.domain.habitat.VisitDate;
import fr.portailpartenaires.domain.habitat.WorkType;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.FreeText;
import fr.portailpartenaires.domain.shared.Money;
import fr.portailpartenaires.domain.shared.Nir;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The Habitat service (spec §4): the caisse's back-office (orders, decisions) and the ergothérapeute's work on the
 * files of the convention selected in their session (list, visit certificate, documents). The domain's
 * {@link InterventionFile} decides every transition; this service checks who the caller is and what they may see,
 * reads the forms, runs one transaction per use case, stores the file under its optimistic version and records the
 * audit trail — never a NIR, only the order's id.
 */
public final class HabitatService implements ManageHabitatOrders, WorkOnHabitatFiles, DownloadHabitatDocuments {

    static final String ORDER_CREATED = "HABITAT_ORDER_CREATED";
    static final String CERTIFICATE_SAVED = "VISIT_CERTIFICATE_SAVED";
    static final String CERTIFICATE_DELETED = "VISIT_CERTIFICATE_DELETED";
    static final String SANS_SUITE = "VISIT_CERTIFICATE_SANS_SUITE";
    static final String DECISION_RECORDED = "HABITAT_DECISION_RECORDED";

    static final Refusal ERGOTHERAPEUTES_ONLY = Refusal.of("habitat.reserve_ergotherapeutes",
            "Le service Habitat/Ergothérapeute est réservé aux prestataires ergothérapeutes : la convention"
                    + " sélectionnée n'est pas une convention de type « Prestataire Ergothérapeute ». Sélectionnez"
                    + " une telle convention sous le titre de la page.");
    static final Refusal CAISSE_ONLY = Refusal.of("habitat.reserve_caisse",
            "Seul un administrateur de caisse peut créer des commandes d'intervention ou enregistrer une décision.");
    static final Refusal ORDER_NOT_FOUND = Refusal.of("commande.introuvable",
            "Cette commande d'intervention est introuvable.");
    static final Refusal CONVENTION_NOT_FOUND = Refusal.of("convention.introuvable",
            "Cette convention est introuvable.");
    static final Refusal NOT_AN_ERGOTHERAPEUTE_CONVENTION = Refusal.of("commande.convention_non_ergotherapeute",
            "Les commandes d'intervention Habitat ne sont adressées qu'à une convention validée d'un prestataire"
                    + " ergothérapeute.");
    static final Refusal CHANGED_MEANWHILE = Refusal.of("commande.modifiee_entre_temps",
            "Ce dossier vient d'être modifié par ailleurs : rechargez-le avant de recommencer.");
    static final Refusal DOCUMENTS_GONE = Refusal.of("document.expire",
            "Ce document n'est plus disponible : le portail n'ayant pas vocation à servir d'espace de stockage, les"
                    + " documents PDF sont accessibles seulement 12 mois après leur transmission. Consultez la copie"
                    + " que vous avez téléchargée ou adressez-vous à votre caisse.");
    static final Refusal NO_CERTIFICATE = Refusal.of("document.attestation_absente",
            "Aucune attestation de visite n'a encore été créée pour cette commande.");
    static final Refusal NO_DECISION = Refusal.of("document.aide_absente",
            "La notification de décision de l'aide Habitat n'a pas encore été chargée pour ce dossier.");

    private static final DateTimeFormatter JJ_MM_AAAA =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");

    private final Validator validator;
    private final Conventions conventions;
    private final Partners partners;
    private final InterventionOrders orders;
    private final OpenInvoiceLine invoiceLines;
    private final ExchangeHistory history;
    private final AuditLog audit;
    private final Transactions transactions;
    private final WorkingConvention workingConvention;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public HabitatService(Validator validator, Conventions conventions, Partners partners, InterventionOrders orders,
            OpenInvoiceLine invoiceLines, ExchangeHistory history, AuditLog audit, Transactions transactions,
            Clock clock) {
        this.invoiceLines = Objects.requireNonNull(invoiceLines, "invoiceLines");
        this.history = Objects.requireNonNull(history, "history");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.conventions = Objects.requireNonNull(conventions, "conventions");
        this.partners = Objects.requireNonNull(partners, "partners");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        // instants to the microsecond, as both databases keep them
        this.clock = Clock.tick(Objects.requireNonNull(clock, "clock"), Duration.ofNanos(1_000));
        this.workingConvention = new WorkingConvention(conventions, this.clock);
    }

    // ---------------------------------------------------------------- the caisse's back-office

    @Override
    public Outcome<CreatedOrder> createOrder(Principal principal, OrderForm form, String sourceAddress) {
        Optional<Outcome<CreatedOrder>> denied = deniedUnlessCaisseAdministrator(principal);
        if (denied.isPresent()) {
            return denied.get();
        }
        if (form == null) {
            return emptyForm();
        }
        return transactions.inTransaction(() -> {
            FormErrors errors = FormErrors.of(validator.validate(form));
            Optional<Convention> convention = errors.parse("convention", form.convention(), HabitatService::uuid)
                    .flatMap(id -> conventions.find(new ConventionId(id)))
                    .map(Conventions.Stored::convention)
                    .filter(found -> found.caisse().code().equals(principal.caisse().orElseThrow()));
            if (!errors.has("convention") && convention.isEmpty()) {
                return Outcome.refused(Reason.NOT_FOUND, CONVENTION_NOT_FOUND);
            }
            LocalDate today = BusinessTime.today(clock);
            if (convention.isPresent() && !(convention.get().isEffective(today)
                    && convention.get().partnerType() == PartnerType.PRESTATAIRE_ERGOTHERAPEUTE)) {
                return Outcome.refused(Reason.UNPROCESSABLE, NOT_AN_ERGOTHERAPEUTE_CONVENTION);
            }
            Optional<InterventionOrder> order = convention.flatMap(found -> parseOrder(found, form, errors, today));
            if (!errors.isEmpty() || order.isEmpty()) {
                return errors.toOutcome();
            }
            orders.add(order.get());
            audit.append(AuditEvent.of(clock.instant(), actor(principal), ORDER_CREATED)
                    .withScope(principal.caisse().orElseThrow().value())
                    .withTarget(target(order.get().id()))
                    .withSourceAddress(sourceAddress)
                    .withDetail("convention", order.get().conventionId().toString()));
            return Outcome.done(new CreatedOrder(order.get().id()));
        });
    }

    private Optional<InterventionOrder> parseOrder(Convention convention, OrderForm form, FormErrors errors,
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
                raw -> pastDate(raw, today, "La date de commande"));
        Optional<FreeText> providerName = form.prestataireHabitat() == null ? Optional.empty()
                : errors.parse("prestataireHabitat.nom", form.prestataireHabitat().nom(),
                        raw -> text(raw, InterventionOrder.HabitatProvider.NAME_MAX_LENGTH));
        Optional<FreeText> providerContact = form.prestataireHabitat() == null ? Optional.empty()
                : errors.parse("prestataireHabitat.coordonnees", form.prestataireHabitat().coordonnees(),
                        raw -> text(raw, InterventionOrder.HabitatProvider.COORDINATES_MAX_LENGTH));
        Optional<LocalDate> evaluatedOn = form.evaluation() == null ? Optional.empty()
                : errors.parse("evaluation.dateEvaluation", form.evaluation().dateEvaluation(),
                        raw -> pastDate(raw, today, "La date d'évaluation"));
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
                clock.instant()));
    }

    @Override
    public Outcome<FileView> recordDecision(Principal principal, UUID orderId, DecisionForm form,
            String sourceAddress) {
        Optional<Outcome<FileView>> denied = deniedUnlessCaisseAdministrator(principal);
        if (denied.isPresent()) {
            return denied.get();
        }
        return transactions.inTransaction(() -> {
            Optional<InterventionOrders.Stored> stored = orders.find(orderId).filter(found ->
                    conventions.find(new ConventionId(found.order().conventionId()))
                            .filter(c -> c.convention().caisse().code().equals(principal.caisse().orElseThrow()))
                            .isPresent());
            if (stored.isEmpty()) {
                return Outcome.refused(Reason.NOT_FOUND, ORDER_NOT_FOUND);
            }
            InterventionFile file = stored.get().file();
            // whether the file's state allows a decision at all, before reading the form
            var probe = new DecisionNotification(WorkType.AUTRE, Money.ofCents(1), BusinessTime.today(clock), 1,
                    PaymentTerms.AVEC_SUBROGATION);
            if (file.recordDecision(probe) instanceof Result.Refused<InterventionFile> refused) {
                return Outcome.refused(Reason.UNPROCESSABLE, refused.refusal());
            }
            if (form == null) {
                return emptyForm();
            }
            FormErrors errors = FormErrors.of(validator.validate(form));
            Optional<WorkType> workType = errors.parse("typeDeTravaux", form.typeDeTravaux(),
                    raw -> code(raw, WorkType.class, "typeDeTravaux.inconnu", "Ce type de travaux est inconnu."));
            Optional<Money> ceiling = errors.parse("plafond", form.plafond(), Money::parse);
            Optional<LocalDate> effective = errors.parse("dateEffet", form.dateEffet(),
                    raw -> date(raw, "La date d'effet"));
            Optional<PaymentTerms> terms = errors.parse("paiement", form.paiement(), raw -> code(raw, PaymentTerms.class,
                    "paiement.inconnu", "Les modalités de paiement sont « avec subrogation » ou « sans subrogation »."));
            if (!errors.isEmpty()) {
                return errors.toOutcome();
            }
            var decision = DecisionNotification.create(workType.orElseThrow(), ceiling.orElseThrow(),
                    effective.orElseThrow(), form.dureeMois(), terms.orElseThrow());
            if (decision instanceof Result.Refused<DecisionNotification> refused) {
                errors.add(refused.refusal().code().equals("decision.plafond_nul") ? "plafond" : "dureeMois",
                        refused.refusal());
                return errors.toOutcome();
            }
            InterventionFile decided = file.recordDecision(decision.orElseThrow()).orElseThrow();
            if (!orders.update(decided, stored.get().version())) {
                return Outcome.refused(Reason.CONFLICT, CHANGED_MEANWHILE);
            }
            audit.append(AuditEvent.of(clock.instant(), actor(principal), DECISION_RECORDED)
                    .withScope(principal.caisse().orElseThrow().value())
                    .withTarget(target(orderId))
                    .withSourceAddress(sourceAddress)
                    .withDetail("typeDeTravaux", workType.orElseThrow().name())
                    .withDetail("paiement", terms.orElseThrow().name()));
            return Outcome.done(fileView(stored.get().order(), decided, BusinessTime.today(clock)));
        });
    }

    // ---------------------------------------------------------------- the ergothérapeute's list

    @Override
    public Outcome<OrderPage> list(Principal principal, ListRequest request) {
        ListRequest asked = request == null ? ListRequest.firstPage() : request;
        return asErgotherapeute(principal, convention -> {
            FormErrors errors = FormErrors.of(java.util.Set.of());
            Filter filter = optionalCode(errors, "filtre", asked.filtre(), Filter.class, Filter.OUVERTS,
                    "Le filtre est VISITE_A_FAIRE, RELANCE ou CLOS (sans filtre : les dossiers ouverts).");
            Sort sort = optionalCode(errors, "tri", asked.tri(), Sort.class, Sort.DATE_DE_COMMANDE,
                    "Le tri est NIR, DATE_DE_COMMANDE ou RELANCE.");
            String ordre = asked.ordre() == null || asked.ordre().isBlank() ? "ASC"
                    : asked.ordre().strip().toUpperCase(Locale.ROOT);
            if (!ordre.equals("ASC") && !ordre.equals("DESC")) {
                errors.add("ordre", "L'ordre de tri est ASC (croissant) ou DESC (décroissant).");
            }
            boolean descending = ordre.equals("DESC");
            Optional<Optional<Nir>> nir = errors.parseOptional("nir", asked.nir(), Nir::parse);
            int limit = asked.limite() == null ? DEFAULT_PAGE : asked.limite();
            if (limit < 1 || limit > MAX_PAGE) {
                errors.add("limite", "Une page compte de 1 à " + MAX_PAGE + " commandes.");
            }
            Optional<InterventionOrders.Position> after = Optional.empty();
            if (asked.curseur() != null && !asked.curseur().isBlank() && errors.isEmpty()) {
                switch (OrderCursor.decode(asked.curseur(), filter, sort, descending)) {
                    case Result.Ok<InterventionOrders.Position> ok -> after = Optional.of(ok.value());
                    case Result.Refused<InterventionOrders.Position> refused -> errors.add("curseur", refused.refusal());
                }
            }
            if (!errors.isEmpty()) {
                return errors.toOutcome();
            }
            LocalDate today = BusinessTime.today(clock);
            var query = new InterventionOrders.Query(convention.id().value(), filter, sort, descending,
                    nir.orElseThrow(), today.minus(InterventionFile.RELANCE_DELAY));
            List<InterventionOrders.Stored> rows = orders.page(query, after, limit + 1);
            List<InterventionOrders.Stored> shown = rows.subList(0, Math.min(limit, rows.size()));
            String next = null;
            if (rows.size() > limit) {
                InterventionOrders.Stored last = shown.getLast();
                next = OrderCursor.encode(filter, sort, descending, new InterventionOrders.Position(
                        last.order().id(), last.order().dateDeCommande(), isSent(last.file())));
            }
            return Outcome.done(new OrderPage(shown.stream().map(row -> row(row.order(), row.file(), today)).toList(),
                    next));
        });
    }

    @Override
    public Outcome<FileView> file(Principal principal, UUID orderId) {
        return asErgotherapeute(principal, convention -> inConvention(convention, orderId)
                .<Outcome<FileView>>map(stored -> Outcome.done(fileView(stored.order(), stored.file(),
                        BusinessTime.today(clock))))
                .orElseGet(() -> Outcome.refused(Reason.NOT_FOUND, ORDER_NOT_FOUND)));
    }

    // ---------------------------------------------------------------- the visit certificate

    @Override
    public Outcome<FileView> createCertificate(Principal principal, UUID orderId, CertificateForm form,
            String sourceAddress) {
        return saveCertificate(principal, orderId, form, sourceAddress, "CREATED", InterventionFile::createDraft);
    }

    @Override
    public Outcome<FileView> modifyCertificate(Principal principal, UUID orderId, CertificateForm form,
            String sourceAddress) {
        return saveCertificate(principal, orderId, form, sourceAddress, "MODIFIED", InterventionFile::modifyDraft);
    }

    /** How a draft is saved: created on a file without certificate, or modified. */
    @FunctionalInterface
    private interface Save {
        Result<InterventionFile> apply(InterventionFile file, Optional<VisitDate> date, VisitContent content,
                Clock clock);
    }

    private Outcome<FileView> saveCertificate(Principal principal, UUID orderId, CertificateForm form,
            String sourceAddress, String how, Save save) {
        return onFile(principal, orderId, (stored, today) -> {
            // whether the certificate's state allows this at all, before reading the form
            if (save.apply(stored.file(), Optional.empty(), VisitContent.EMPTY, clock)
                    instanceof Result.Refused<InterventionFile> refused) {
                return Outcome.refused(Reason.UNPROCESSABLE, refused.refusal());
            }
            if (form == null) {
                return emptyForm();
            }
            FormErrors errors = FormErrors.of(validator.validate(form));
            Optional<Optional<VisitDate>> date = errors.parseOptional("dateVisite", form.dateVisite(), VisitDate::parse);
            List<WorkType> works = new ArrayList<>();
            for (String raw : form.travaux() == null ? List.<String>of() : form.travaux()) {
                errors.parse("travaux", raw, code -> code(code, WorkType.class, "travaux.inconnu",
                        "Ce type de travaux est inconnu : " + shortened(code) + ".")).ifPresent(works::add);
            }
            Optional<VisitContent> content = Optional.empty();
            switch (VisitContent.parse(form.observations(), works, form.preconisations())) {
                case Result.Ok<VisitContent> ok -> content = Optional.of(ok.value());
                case Result.Refused<VisitContent> refused -> errors.add(
                        refused.refusal().code().startsWith("attestation.observations") ? "observations"
                                : "preconisations", refused.refusal());
            }
            if (!errors.isEmpty() || date.isEmpty() || content.isEmpty()) {
                return errors.toOutcome();
            }
            return switch (save.apply(stored.file(), date.get(), content.get(), clock)) {
                case Result.Refused<InterventionFile> refused when refused.refusal().code().startsWith("date_visite.") ->
                        new Outcome.Invalid<>(Map.of("dateVisite", List.of(refused.refusal().message())));
                case Result.Refused<InterventionFile> refused -> Outcome.refused(Reason.UNPROCESSABLE, refused.refusal());
                case Result.Ok<InterventionFile> ok -> store(principal, stored, ok.value(), today,
                        event(principal, CERTIFICATE_SAVED, orderId, sourceAddress).withDetail("operation", how));
            };
        });
    }

    @Override
    public Outcome<FileView> deleteCertificate(Principal principal, UUID orderId, String sourceAddress) {
        return onFile(principal, orderId, (stored, today) -> transition(principal, stored, today,
                stored.file().deleteDraft(), event(principal, CERTIFICATE_DELETED, orderId, sourceAddress)));
    }

    @Override
    public Outcome<FileView> transmit(Principal principal, UUID orderId, String sourceAddress) {
        return onFile(principal, orderId, (stored, today) -> switch (stored.file().transmit(clock)) {
            case Result.Refused<TransmissionRecorded> refused -> Outcome.refused(Reason.UNPROCESSABLE, refused.refusal());
            case Result.Ok<TransmissionRecorded> ok -> {
                Outcome<FileView> done = store(principal, stored, ok.value().file(), today,
                        event(principal, AuditAction.TRANSMITTED.code(), orderId, sourceAddress)
                                .withDetail("document", "ATTESTATION_DE_VISITE"));
                if (done instanceof Outcome.Done<FileView>) {
                    onTransmitted(principal, stored.order(), ok.value());
                }
                yield done;
            }
        });
    }

    /**
     * Where a transmission reaches the rest of the portal, in the use case's transaction: the invoice line of the
     * certificate (spec §5.1) and the exchange-history entry (spec §5.3). The entry names the order, never the NIR.
     */
    private void onTransmitted(Principal principal, InterventionOrder order, TransmissionRecorded transmission) {
        Objects.requireNonNull(principal, "principal");
        Instant transmittedAt = ((VisitCertificate.Transmise) transmission.file().certificate()).transmittedAt();
        Convention convention = conventions.find(new ConventionId(order.conventionId())).orElseThrow().convention();
        invoiceLines.open(convention.id(), order.id().toString(),
                order.retiree().nom().value() + " " + order.retiree().prenom().value(), order.retiree().nir(),
                transmittedAt);
        LocalDate day = BusinessTime.dateOf(transmittedAt);
        history.append(new ExchangeEntry(UUID.randomUUID(), transmittedAt, order.dateDeCommande(), day,
                convention.regime(), convention.caisse().code(), ExchangeEntry.HABITAT,
                ExchangeInterface.ATTESTATION_VISITE,
                "Transmission de l'attestation de visite de la commande du " + JJ_MM_AAAA.format(order.dateDeCommande())
                        + " (référence " + order.id() + ")",
                convention.partnerId(), Optional.of(convention.id().value())));
    }

    @Override
    public Outcome<FileView> declareSansSuite(Principal principal, UUID orderId, SansSuiteForm form,
            String sourceAddress) {
        return onFile(principal, orderId, (stored, today) -> {
            // whether the certificate's state allows it at all, before reading the form
            if (stored.file().declareSansSuite(SansSuiteMotif.AUTRE, Optional.empty(), clock)
                    instanceof Result.Refused<InterventionFile> refused) {
                return Outcome.refused(Reason.UNPROCESSABLE, refused.refusal());
            }
            if (form == null) {
                return emptyForm();
            }
            FormErrors errors = FormErrors.of(validator.validate(form));
            Optional<SansSuiteMotif> motif = errors.parse("motif", form.motif(), raw -> raw == null || raw.isBlank()
                    ? Result.refused("motif.obligatoire", "Choisissez le motif de la mise en sans suite.")
                    : code(raw, SansSuiteMotif.class, "motif.inconnu", "Ce motif de sans suite est inconnu."));
            Optional<Optional<FreeText>> comment = errors.has("commentaire") ? Optional.empty()
                    : errors.parse("commentaire", form.commentaire(), VisitCertificate.SansSuite::parseComment);
            if (!errors.isEmpty() || motif.isEmpty() || comment.isEmpty()) {
                return errors.toOutcome();
            }
            return transition(principal, stored, today,
                    stored.file().declareSansSuite(motif.get(), comment.get(), clock),
                    event(principal, SANS_SUITE, orderId, sourceAddress).withDetail("motif", motif.get().name()));
        });
    }

    // ---------------------------------------------------------------- documents

    @Override
    public Outcome<HabitatDocument> document(Principal principal, UUID orderId, Kind kind, String sourceAddress) {
        Objects.requireNonNull(kind, "kind");
        return onFile(principal, orderId, (stored, today) -> {
            InterventionFile file = stored.file();
            if (!file.documentsAvailable(clock)) {
                return Outcome.refused(Reason.GONE, DOCUMENTS_GONE);
            }
            Convention convention = conventions.find(new ConventionId(file.conventionId())).orElseThrow().convention();
            Header header = header(convention, stored.order());
            String id = stored.order().id().toString();
            Optional<HabitatDocument> document = switch (kind) {
                case EVA -> Optional.of(eva(header, "eva-" + id + ".pdf", stored.order().evaluation()));
                case AV -> av(header, "attestation-visite-" + id + ".pdf", file.certificate());
                case AIDE -> file.decision().map(decision -> aide(header, "notification-aide-" + id + ".pdf", decision));
            };
            if (document.isEmpty()) {
                return Outcome.refused(Reason.NOT_FOUND, kind == Kind.AIDE ? NO_DECISION : NO_CERTIFICATE);
            }
            audit.append(event(principal, AuditAction.DOWNLOADED.code(), orderId, sourceAddress)
                    .withDetail("document", kind.name()));
            onDownloaded(convention, stored, kind);
            return Outcome.done(document.get());
        });
    }

    /**
     * Where a download reaches the rest of the portal, in the use case's transaction: the exchange-history entry
     * (spec §5.3), which names the document and the order, never the NIR.
     */
    private void onDownloaded(Convention convention, InterventionOrders.Stored stored, Kind kind) {
        Instant now = clock.instant();
        LocalDate today = BusinessTime.dateOf(now);
        InterventionOrder order = stored.order();
        String document = switch (kind) {
            case EVA -> "de l'évaluation (Eva)";
            case AV -> "de l'attestation de visite";
            case AIDE -> "de la notification d'aide";
        };
        history.append(new ExchangeEntry(UUID.randomUUID(), now, order.dateDeCommande(),
                today.isBefore(order.dateDeCommande()) ? order.dateDeCommande() : today,
                convention.regime(), convention.caisse().code(), ExchangeEntry.HABITAT,
                kind == Kind.AV ? ExchangeInterface.ATTESTATION_VISITE : ExchangeInterface.ORDRE_INTERVENTION,
                "Téléchargement " + document + " de la commande du " + JJ_MM_AAAA.format(order.dateDeCommande())
                        + " (référence " + order.id() + ")",
                convention.partnerId(), Optional.of(convention.id().value())));
    }

    private static Eva eva(Header header, String fileName, InterventionOrder.Evaluation evaluation) {
        return new Eva(header, fileName, evaluation.evaluatedOn(), evaluation.gir().label(),
                evaluation.housing().value());
    }

    private static Optional<HabitatDocument> av(Header header, String fileName, VisitCertificate certificate) {
        return switch (certificate) {
            case VisitCertificate.Aucune ignored -> Optional.empty();
            case VisitCertificate.Brouillon draft -> Optional.of(new Av(header, fileName, "Brouillon", null,
                    draft.visitDate().map(VisitDate::format).orElse(null), text(draft.content().observations()),
                    labels(draft.content().recommendedWorks()), text(draft.content().recommendations()), null, null));
            case VisitCertificate.Transmise sent -> Optional.of(new Av(header, fileName, "Transmise",
                    sent.transmittedAt(), sent.visitDate().format(), text(sent.content().observations()),
                    labels(sent.content().recommendedWorks()), text(sent.content().recommendations()), null, null));
            case VisitCertificate.SansSuite sansSuite -> Optional.of(new Av(header, fileName, "Sans suite",
                    sansSuite.declaredAt(), null, null, List.of(), null, sansSuite.motif().label(),
                    text(sansSuite.comment())));
        };
    }

    private static Aide aide(Header header, String fileName, DecisionNotification decision) {
        return new Aide(header, fileName, decision.financedWorkType().label(), decision.fundingCeiling().format(),
                decision.effectiveDate(), decision.durationMonths(), decision.paymentTerms().label());
    }

    private Header header(Convention convention, InterventionOrder order) {
        String partner = partners.find(new PartnerId(convention.partnerId())).map(p -> p.name().value()).orElse("");
        var retiree = order.retiree();
        return new Header(convention.caisse().libelle(), convention.code().value(), partner, retiree.nom().value(),
                retiree.prenom().value(), retiree.nir().value(), addressLines(retiree.address()),
                retiree.phone().display(), retiree.ressources().name() + " (" + retiree.ressources().label() + ")",
                order.dateDeCommande());
    }

    // ---------------------------------------------------------------- the common frame

    /**
     * Runs the work in one transaction for a partner user on the convention they work on, which must be a
     * Prestataire Ergothérapeute's.
     */
    private <T> Outcome<T> asErgotherapeute(Principal principal, Function<Convention.Validee, Outcome<T>> work) {
        if (principal.pendingObligation().isPresent()) {
            return Outcome.refused(Reason.FORBIDDEN, principal.pendingObligation().get());
        }
        return transactions.inTransaction(() -> switch (workingConvention.of(principal)) {
            case Outcome.Done<Convention.Validee> done when
                    done.value().partnerType() != PartnerType.PRESTATAIRE_ERGOTHERAPEUTE ->
                    Outcome.refused(Reason.FORBIDDEN, ERGOTHERAPEUTES_ONLY);
            case Outcome.Done<Convention.Validee> done -> work.apply(done.value());
            case Outcome.Invalid<Convention.Validee> invalid -> invalid.castFailure();
            case Outcome.Refused<Convention.Validee> refused -> refused.castFailure();
        });
    }

    /** As {@link #asErgotherapeute} on one order of the convention worked on; any other order is not found. */
    private <T> Outcome<T> onFile(Principal principal, UUID orderId,
            BiFunction<InterventionOrders.Stored, LocalDate, Outcome<T>> work) {
        return asErgotherapeute(principal, convention -> inConvention(convention, orderId)
                .map(stored -> work.apply(stored, BusinessTime.today(clock)))
                .orElseGet(() -> Outcome.refused(Reason.NOT_FOUND, ORDER_NOT_FOUND)));
    }

    private Optional<InterventionOrders.Stored> inConvention(Convention convention, UUID orderId) {
        return orderId == null ? Optional.empty()
                : orders.find(orderId).filter(stored -> stored.order().conventionId().equals(convention.id().value()));
    }

    private Outcome<FileView> transition(Principal principal, InterventionOrders.Stored stored, LocalDate today,
            Result<InterventionFile> result, AuditEvent event) {
        return switch (result) {
            case Result.Refused<InterventionFile> refused -> Outcome.refused(Reason.UNPROCESSABLE, refused.refusal());
            case Result.Ok<InterventionFile> ok -> store(principal, stored, ok.value(), today, event);
        };
    }

    private Outcome<FileView> store(Principal principal, InterventionOrders.Stored stored, InterventionFile changed,
            LocalDate today, AuditEvent event) {
        Objects.requireNonNull(principal, "principal");
        if (!orders.update(changed, stored.version())) {
            return Outcome.refused(Reason.CONFLICT, CHANGED_MEANWHILE);
        }
        audit.append(event.withDetail("etat", state(changed.certificate())));
        return Outcome.done(fileView(stored.order(), changed, today));
    }

    private AuditEvent event(Principal principal, String action, UUID orderId, String sourceAddress) {
        return AuditEvent.of(clock.instant(), actor(principal), action)
                .withScope("partner:" + principal.partner().orElseThrow().value())
                .withTarget(target(orderId))
                .withSourceAddress(sourceAddress);
    }

    // ---------------------------------------------------------------- views

    private FileView fileView(InterventionOrder order, InterventionFile file, LocalDate today) {
        return new FileView(row(order, file, today), certificateView(order, file.certificate()),
                file.decision().map(HabitatService::decisionView).orElse(null));
    }

    private OrderRow row(InterventionOrder order, InterventionFile file, LocalDate today) {
        var retiree = order.retiree();
        Clock onToday = Clock.fixed(clock.instant(), clock.getZone());
        List<String> documents = new ArrayList<>();
        if (file.documentsAvailable(onToday)) {
            documents.add(Kind.EVA.name());
            if (!(file.certificate() instanceof VisitCertificate.Aucune)) {
                documents.add(Kind.AV.name());
            }
            if (file.decision().isPresent()) {
                documents.add(Kind.AIDE.name());
            }
        }
        return new OrderRow(order.id(), retiree.nom().value(), retiree.prenom().value(), retiree.nir().value(),
                addressLines(retiree.address()), retiree.phone().display(), retiree.ressources().name(),
                order.dateDeCommande(), new Contact(order.provider().name().value(),
                        order.provider().coordinates().value()), state(file.certificate()),
                sentAt(file.certificate()), file.isEnRelance(onToday), file.isClos(), List.copyOf(documents),
                actions(file.certificate()));
    }

    private static CertificateView certificateView(InterventionOrder order, VisitCertificate certificate) {
        String beneficiary = order.retiree().prenom().value() + " " + order.retiree().nom().value();
        return switch (certificate) {
            case VisitCertificate.Aucune ignored -> new CertificateView("AUCUNE", "À créer", beneficiary, null, null,
                    List.of(), null, null, null, null, null, null);
            case VisitCertificate.Brouillon draft -> new CertificateView("BROUILLON", "Brouillon", beneficiary,
                    draft.visitDate().map(VisitDate::format).orElse(null), text(draft.content().observations()),
                    codes(draft.content().recommendedWorks()), text(draft.content().recommendations()), null, null,
                    null, draft.lastSavedAt(), null);
            case VisitCertificate.Transmise sent -> new CertificateView("TRANSMISE", "Transmise", beneficiary,
                    sent.visitDate().format(), text(sent.content().observations()),
                    codes(sent.content().recommendedWorks()), text(sent.content().recommendations()), null, null,
                    null, null, sent.transmittedAt());
            case VisitCertificate.SansSuite sansSuite -> new CertificateView("SANS_SUITE", "Sans suite", beneficiary,
                    null, null, List.of(), null, sansSuite.motif().name(), sansSuite.motif().label(),
                    text(sansSuite.comment()), null, sansSuite.declaredAt());
        };
    }

    private static DecisionView decisionView(DecisionNotification decision) {
        return new DecisionView(decision.financedWorkType().name(), decision.financedWorkType().label(),
                decision.fundingCeiling().cents(), decision.fundingCeiling().format(), decision.effectiveDate(),
                decision.durationMonths(), decision.paymentTerms().name(), decision.paymentTerms().label());
    }

    static String state(VisitCertificate certificate) {
        return switch (certificate) {
            case VisitCertificate.Aucune ignored -> "AUCUNE";
            case VisitCertificate.Brouillon ignored -> "BROUILLON";
            case VisitCertificate.Transmise ignored -> "TRANSMISE";
            case VisitCertificate.SansSuite ignored -> "SANS_SUITE";
        };
    }

    private static List<String> actions(VisitCertificate certificate) {
        return switch (certificate) {
            case VisitCertificate.Aucune ignored -> List.of("CREER", "SANS_SUITE");
            case VisitCertificate.Brouillon ignored -> List.of("MODIFIER", "SUPPRIMER", "TRANSMETTRE", "SANS_SUITE");
            case VisitCertificate.Transmise ignored -> List.of();
            case VisitCertificate.SansSuite ignored -> List.of();
        };
    }

    private static Instant sentAt(VisitCertificate certificate) {
        return switch (certificate) {
            case VisitCertificate.Aucune ignored -> null;
            case VisitCertificate.Brouillon ignored -> null;
            case VisitCertificate.Transmise sent -> sent.transmittedAt();
            case VisitCertificate.SansSuite sansSuite -> sansSuite.declaredAt();
        };
    }

    private static boolean isSent(InterventionFile file) {
        return sentAt(file.certificate()) != null;
    }

    private static List<String> addressLines(PostalAddress address) {
        List<String> lines = address.lines();
        // the first line is the recipient, the retiree's name: shown in its own columns
        return lines.size() > 1 ? List.copyOf(lines.subList(1, lines.size())) : lines;
    }

    private static String text(Optional<FreeText> text) {
        return text.map(FreeText::value).orElse(null);
    }

    private static List<String> codes(List<WorkType> works) {
        return works.stream().map(WorkType::name).toList();
    }

    private static List<String> labels(List<WorkType> works) {
        return works.stream().map(WorkType::label).toList();
    }

    // ---------------------------------------------------------------- form reading

    private static <T> Outcome<T> emptyForm() {
        return new Outcome.Invalid<>(Map.of("formulaire", List.of("Le formulaire est vide.")));
    }

    private static <T> Optional<Outcome<T>> deniedUnlessCaisseAdministrator(Principal principal) {
        if (principal.pendingObligation().isPresent()) {
            return Optional.of(Outcome.refused(Reason.FORBIDDEN, principal.pendingObligation().get()));
        }
        if (principal.kind() != Principal.Kind.CAISSE_ADMIN) {
            return Optional.of(Outcome.refused(Reason.FORBIDDEN, CAISSE_ONLY));
        }
        return Optional.empty();
    }

    private static Result<UUID> uuid(String raw) {
        try {
            return Result.ok(UUID.fromString(raw.strip()));
        } catch (IllegalArgumentException e) {
            return Result.refused(CONVENTION_NOT_FOUND);
        }
    }

    private static Result<FreeText> text(String raw, int maxLength) {
        return FreeText.parse(raw, maxLength).flatMap(text -> text
                .<Result<FreeText>>map(Result::ok)
                .orElseGet(() -> Result.refused("texte.vide", "Ce champ est obligatoire.")));
    }

    private static Result<LocalDate> date(String raw, String what) {
        String text = raw == null ? "" : raw.strip();
        if (!DATE_SHAPE.matcher(text).matches()) {
            return Result.refused("date.format", what + " doit être saisie sous la forme JJ/MM/AAAA.");
        }
        try {
            return Result.ok(LocalDate.parse(text, JJ_MM_AAAA));
        } catch (DateTimeException e) {
            return Result.refused("date.inexistante", what + " " + text + " n'existe pas dans le calendrier.");
        }
    }

    private static Result<LocalDate> pastDate(String raw, LocalDate today, String what) {
        return date(raw, what).flatMap(date -> date.isAfter(today)
                ? Result.refused("date.future", what + " ne peut pas être postérieure à la date du jour.")
                : Result.ok(date));
    }

    private static <E extends Enum<E>> Result<E> code(String raw, Class<E> type, String code, String message) {
        String wanted = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(wanted)).findFirst()
                .<Result<E>>map(Result::ok)
                .orElseGet(() -> Result.refused(code, message));
    }

    private static <E extends Enum<E>> E optionalCode(FormErrors errors, String field, String raw, Class<E> type,
            E absent, String message) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        return switch (code(raw, type, field + ".inconnu", message)) {
            case Result.Ok<E> ok -> ok.value();
            case Result.Refused<E> refused -> {
                errors.add(field, refused.refusal());
                yield absent;
            }
        };
    }

    private static String shortened(String code) {
        String text = code == null ? "" : code.strip();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String actor(Principal principal) {
        return principal.user().value().toString();
    }

    private static String target(UUID orderId) {
        return "habitat-order:" + orderId;
    }
}
