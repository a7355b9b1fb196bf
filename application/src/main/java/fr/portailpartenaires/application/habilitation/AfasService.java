package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.application.shared.LoginSessions;
import fr.portailpartenaires.application.shared.AddressForms;
import fr.portailpartenaires.application.shared.AuditedChanges;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.PortalSettings;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.AuditLog;
import fr.portailpartenaires.application.shared.EmailTakenException;
import fr.portailpartenaires.application.shared.LoginTakenException;
import fr.portailpartenaires.application.shared.MailTemplates;
import fr.portailpartenaires.application.shared.Outbox;
import fr.portailpartenaires.application.shared.OutgoingMail;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.shared.PasswordHasher;
import fr.portailpartenaires.application.shared.ReferenceData;
import fr.portailpartenaires.application.shared.SubjectKind;
import fr.portailpartenaires.application.shared.Transactions;
import fr.portailpartenaires.domain.habilitation.Activity;
import fr.portailpartenaires.domain.habilitation.ActivityId;
import fr.portailpartenaires.domain.habilitation.AfasConvention;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.habilitation.AfasGroup;
import fr.portailpartenaires.domain.habilitation.AfasUser;
import fr.portailpartenaires.domain.habilitation.Grant;
import fr.portailpartenaires.domain.habilitation.GrantId;
import fr.portailpartenaires.domain.habilitation.GrantSearch;
import fr.portailpartenaires.domain.habilitation.GrantSection;
import fr.portailpartenaires.domain.habilitation.GrantState;
import fr.portailpartenaires.domain.habilitation.GroupCode;
import fr.portailpartenaires.domain.habilitation.HabilitationRefusal;
import fr.portailpartenaires.domain.habilitation.IdentifierPrefix;
import fr.portailpartenaires.domain.habilitation.Membership;
import fr.portailpartenaires.domain.habilitation.Period;
import fr.portailpartenaires.domain.habilitation.Place;
import fr.portailpartenaires.domain.habilitation.PlaceId;
import fr.portailpartenaires.domain.habilitation.Role;
import fr.portailpartenaires.domain.habilitation.Scope;
import fr.portailpartenaires.domain.habilitation.Target;
import fr.portailpartenaires.domain.habilitation.ValidationRequest;
import fr.portailpartenaires.domain.habilitation.ValidationRequestId;
import fr.portailpartenaires.domain.habilitation.WorkStyle;
import fr.portailpartenaires.domain.partner.NewUser;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.partner.PartnerRefusal;
import fr.portailpartenaires.domain.partner.UserChanges;
import fr.portailpartenaires.domain.password.TemporaryPassword;
import fr.portailpartenaires.domain.reference.Caisse;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The AFAS service of the CAF profile (spec §6): the CAF's back-office ({@link AdministerAfasConventions}) and the
 * partner's side ({@link ManageAfasHabilitations}).
 *
 * <p>Each call is one transaction that reads the convention afresh; the rules are the domain's
 * ({@link AfasConvention}); the change is saved only if the convention was not changed meanwhile (optimistic
 * version). A user's identifier is drawn from the convention's counter in the same transaction, so two concurrent
 * creations never get the same one. Whatever is not done is rolled back, the identifier drawn included: any outcome
 * but {@code Done} leaves nothing changed. Every change is audited and its mails go through the outbox in the same
 * transaction.
 */
public final class AfasService implements AdministerAfasConventions, ManageAfasHabilitations {

    static final Refusal CAF_ONLY = Refusal.of("afas.reserve_caf",
            "Cette fonction est réservée aux administrateurs d'une CAF.");
    static final Refusal PARTNER_USERS_ONLY = Refusal.of("afas.reserve_partenaires",
            "Cette fonction est réservée aux utilisateurs d'un partenaire.");
    static final Refusal CONVENTION_NOT_FOUND = Refusal.of("afas.convention_introuvable",
            "Cette convention est introuvable.");
    static final Refusal MODIFIED_MEANWHILE = Refusal.of("afas.modifiee_entre_temps",
            "La convention a été modifiée entre-temps : rechargez la page.");
    static final String GRANTS_CREATED = "Les habilitations ont été créées avec succès.";
    static final String NO_RESULT = "Aucun résultat correspondant au(x) critère(s) de recherche.";
    static final String PENDING_NOTE = "(*) En attente de validation par votre CAF.";
    static final String STATES_MANDATORY =
            "Tous les champs marqués d'un astérisque (*) sont obligatoires pour la recherche d'habilitations.";
    static final List<String> CONVENTION_ACTIONS = List.of("Groupes", "Utilisateurs", "Détail de la convention",
            "Télécharger PDF");

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String CAF_REGIME = "CAF";

    private final Validator validator;
    private final AfasConventions conventions;
    private final Partners partners;
    private final Accounts accounts;
    private final ReferenceData referenceData;
    private final PasswordHasher hasher;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final AuditLog audit;
    private final Transactions transactions;
    private final PortalSettings settings;
    private final RandomGenerator random;
    private final Clock clock;
    private final LoginSessions sessions;

    /** @param random draws ids and temporary passwords: a {@link java.security.SecureRandom} in production */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public AfasService(Validator validator, AfasConventions conventions, Partners partners, Accounts accounts,
            ReferenceData referenceData, PasswordHasher hasher, Outbox outbox, MailTemplates templates,
            AuditLog audit, Transactions transactions, PortalSettings settings, RandomGenerator random, Clock clock,
            LoginSessions sessions) {
        this.validator = validator;
        this.sessions = sessions;
        this.conventions = conventions;
        this.partners = partners;
        this.accounts = accounts;
        this.referenceData = referenceData;
        this.hasher = hasher;
        this.outbox = outbox;
        this.templates = templates;
        this.audit = audit;
        this.transactions = transactions;
        this.settings = settings;
        this.random = random;
        this.clock = clock;
    }

    // ================================================================ the CAF's back-office

    @Override
    public Outcome<ConventionView> create(Principal caf, NewConventionForm form, String sourceAddress) {
        return asCaf(caf, (cafCaisse, now) -> {
            if (form == null) {
                return emptyForm();
            }
            LocalDate today = today(now);
            FormErrors errors = FormErrors.of(validator.validate(form));
            Optional<LocalDate> opening = date(errors, "dateOuverture", form.dateOuverture(), today);
            Optional<Optional<LocalDate>> closing = optionalDate(errors, "dateCloture", form.dateCloture());
            Optional<Period> period = period(errors, "dateCloture", opening, closing);
            Optional<IdentifierPrefix> prefix = errors.parse("prefixeIdentifiant", form.prefixeIdentifiant(),
                    IdentifierPrefix::parse);
            if (prefix.isPresent() && conventions.prefixUsed(prefix.get())) {
                errors.add("prefixeIdentifiant", "Ce préfixe d'identifiants est déjà utilisé par une autre convention.");
            }
            Optional<Integer> first = form.premierSuffixe() == null || form.premierSuffixe().isBlank()
                    ? Optional.of(0) : errors.parse("premierSuffixe", form.premierSuffixe(), IdentifierPrefix::sequenceOf);
            Optional<PartnerName> partnerName = Optional.empty();
            Optional<PhoneNumber> partnerPhone = Optional.empty();
            Optional<PostalAddress> address = Optional.empty();
            if (form.partenaire() != null) {
                partnerName = errors.parse("partenaire.nom", form.partenaire().nom(), PartnerName::parse);
                partnerPhone = errors.parse("partenaire.telephone", form.partenaire().telephone(), PhoneNumber::parse);
                if (form.partenaire().adresse() != null) {
                    address = AddressForms.parse(form.partenaire().adresse(),
                            partnerName.map(PartnerName::value).orElse("Partenaire"), "partenaire.adresse.", errors);
                }
            }
            Optional<UserInput> admin = form.administrateur() == null ? Optional.empty()
                    : userInput(errors, "administrateur.", form.administrateur(), today);
            List<Activity> activities = new ArrayList<>();
            if (form.activites() != null) {
                for (ActivityForm activity : form.activites()) {
                    if (activity == null || activity.libelle() == null || activity.libelle().isBlank()
                            || activity.type() == null || activity.type().isBlank()) {
                        continue;
                    }
                    List<Place> places = activity.lieux() == null ? List.of() : activity.lieux().stream()
                            .filter(lieu -> lieu != null && !lieu.isBlank() && lieu.strip().length() <= 100)
                            .map(lieu -> new Place(new PlaceId(newId()), lieu.strip()))
                            .toList();
                    activities.add(new Activity(new ActivityId(newId()), activity.libelle().strip(),
                            activity.type().strip(), blankToEmpty(activity.nature()), places));
                }
            }
            if (!errors.isEmpty()) {
                return errors.toOutcome();
            }
            UserInput input = admin.orElseThrow();
            if (conventions.emailUsed(input.email())) {
                return refusedBy(HabilitationRefusal.EMAIL_ALREADY_USED.refusal());
            }
            Result<Login> identifier = prefix.orElseThrow().identifier(first.orElseThrow());
            if (identifier instanceof Result.Refused<Login> refused) {
                return refusedBy(refused.refusal());
            }
            Login login = identifier.orElseThrow();
            if (accounts.loginTaken(login.key())) {
                return new Outcome.Invalid<>(Map.of("prefixeIdentifiant",
                        List.of("L'identifiant " + login.value() + " est déjà utilisé : choisissez un autre préfixe.")));
            }
            String cafPivot = form.cafPivot() == null || form.cafPivot().isBlank() ? cafCaisse.libelle()
                    : form.cafPivot().strip();
            PartnerId partnerId = new PartnerId(newId());
            UserId adminId = new UserId(newId());
            Partner partner = Partner.register(partnerId, partnerName.orElseThrow(), Optional.empty(),
                    partnerPhone.orElseThrow(), address.orElseThrow(), new NewUser(adminId, login, input.lastName(),
                            input.firstName(), input.phone(), input.email(), true));
            AfasConvention created = AfasConvention.create(new AfasConventionId(newId()), partnerId,
                    cafCaisse.code(), form.libelle().strip(), cafPivot, period.orElseThrow(), today, prefix.orElseThrow(),
                    activities);
            Result<AfasConvention> withAdmin = created.addUser(input.user(adminId, login), today);
            if (withAdmin instanceof Result.Refused<AfasConvention> refused) {
                return refusedBy(refused.refusal());
            }
            partners.add(partner);
            AfasConvention stored = withAdmin.orElseThrow();
            conventions.add(stored, first.orElseThrow() + 1);
            String scope = "caisse:" + cafCaisse.code().value();
            audit.append(event(caf, now, AuditAction.AFAS_CONVENTION_CREATED, sourceAddress, scope)
                    .withTarget(target(stored.id()))
                    .withDetail("libelle", AuditedChanges.safe(stored.libelle())));
            issueAccount(caf, partner.name().value(), input.user(adminId, login), now, sourceAddress, scope);
            return Outcome.done(view(stored, partner.name().value(), today));
        });
    }

    @Override
    public Outcome<List<ConventionView>> list(Principal caf) {
        return asCaf(caf, (cafCaisse, now) -> Outcome.done(conventions.ofCaf(cafCaisse.code()).stream()
                .map(convention -> view(convention, partnerName(convention), today(now)))
                .toList()));
    }

    @Override
    public Outcome<List<GroupView>> openGroups(Principal caf, AfasConventionId id, GroupsForm form,
            String sourceAddress) {
        return asCaf(caf, (cafCaisse, now) -> ofCaf(cafCaisse, id).map(convention -> {
            FormErrors errors = FormErrors.of(form == null ? Set.of() : validator.validate(form));
            Optional<LocalDate> on = date(errors, "dateOuverture", form == null ? null : form.dateOuverture(),
                    today(now));
            if (!errors.isEmpty()) {
                return errors.<List<GroupView>>toOutcome();
            }
            return then(convention.openGroups(on.orElseThrow()), changed -> saved(changed, () -> {
                audit.append(event(caf, now, AuditAction.AFAS_GROUPS_CREATED, sourceAddress,
                        "caisse:" + cafCaisse.code().value()).withTarget(target(id)));
                return groups(changed, today(now));
            }));
        }).orElseGet(AfasService::conventionNotFound));
    }

    @Override
    public Outcome<List<ApproverRequest>> pendingApprovers(Principal caf) {
        return asCaf(caf, (cafCaisse, now) -> Outcome.done(conventions.ofCaf(cafCaisse.code()).stream()
                .flatMap(convention -> convention.requests().stream().filter(ValidationRequest::isPending)
                        .map(request -> approverRequest(convention, request)))
                .sorted(Comparator.comparing(ApproverRequest::demandeeLe))
                .toList()));
    }

    @Override
    public Outcome<ApproverRequest> validateApprover(Principal caf, AfasConventionId id, ValidationRequestId requestId,
            ApproverValidationForm form, String sourceAddress) {
        return asCaf(caf, (cafCaisse, now) -> ofCaf(cafCaisse, id).map(convention -> {
            if (form == null) {
                return AfasService.<ApproverRequest>emptyForm();
            }
            FormErrors errors = FormErrors.of(validator.validate(form));
            Optional<LocalDate> deadline = date(errors, "dateEcheance", form.dateEcheance(), null);
            if (!errors.isEmpty()) {
                return errors.<ApproverRequest>toOutcome();
            }
            return switch (convention.validate(requestId, deadline.orElseThrow(), today(now))) {
                case Result.Refused<AfasConvention.Validated> refused -> AfasService.<ApproverRequest>refusedBy(
                        refused.refusal());
                case Result.Ok<AfasConvention.Validated> ok -> saved(ok.value().convention(), () -> {
                    ValidationRequest request = ok.value().request();
                    AfasUser approver = convention.user(request.approver()).orElseThrow();
                    outbox.enqueue(OutgoingMail.of(approver.email().value(), templates.render(
                            new MailParameters.AppelEcheanceDeclaration(partnerName(convention), convention.cafPivot(),
                                    approver.displayName(), activityNames(convention, request),
                                    request.deadline().orElseThrow())), now));
                    audit.append(event(caf, now, AuditAction.APPROVER_VALIDATED, sourceAddress,
                            "caisse:" + cafCaisse.code().value())
                            .withTarget(userTarget(approver.id()))
                            .withDetail("identifiant", AuditedChanges.safe(approver.identifier().value()))
                            .withDetail("dateEcheance", request.deadline().orElseThrow().toString()));
                    return approverRequest(ok.value().convention(), request);
                });
            };
        }).orElseGet(AfasService::conventionNotFound));
    }

    // ================================================================ the partner's side

    @Override
    public Outcome<List<ConventionView>> conventions(Principal principal, ConventionFilter filter) {
        return asPartnerUser(principal, (partner, now) -> {
            ConventionFilter criteria = filter == null ? ConventionFilter.NONE : filter;
            return Outcome.done(conventions.ofPartner(partner).stream()
                    .map(convention -> view(convention, partnerName(convention), today(now)))
                    .filter(view -> contains(view.libelle(), criteria.libelle())
                            && contains(view.cafPivot(), criteria.cafPivot())
                            && contains(view.statut(), criteria.statut())
                            && contains(view.etat(), criteria.etat()))
                    .toList());
        });
    }

    @Override
    public Outcome<ConventionDetail> convention(Principal principal, AfasConventionId id) {
        return onConvention(principal, id, (convention, now) -> Outcome.done(new ConventionDetail(
                view(convention, partnerName(convention), today(now)), groups(convention, today(now)),
                convention.activities().stream().map(activity -> new ActivityView(activity.id().value(),
                        activity.libelle(), activity.type(), activity.nature().orElse(null),
                        activity.places().stream().map(place -> new PlaceView(place.id().value(), place.libelle()))
                                .toList()))
                        .toList())));
    }

    @Override
    public Outcome<List<UserView>> users(Principal principal, AfasConventionId id, UserFilter filter) {
        return onConvention(principal, id, (convention, now) -> {
            UserFilter criteria = filter == null ? UserFilter.NONE : filter;
            LocalDate today = today(now);
            return Outcome.done(convention.users().stream()
                    .sorted(Comparator.comparing((AfasUser user) -> user.identifier().key()).reversed())
                    .map(user -> userView(convention, user, today))
                    .filter(user -> contains(user.identifiant(), criteria.identifiant())
                            && contains(user.nom(), criteria.nom())
                            && contains(user.prenom(), criteria.prenom())
                            && (criteria.groupe() == null || criteria.groupe().isBlank()
                                    || GroupCode.parse(criteria.groupe())
                                            .filter(group -> user.groupes().contains(group.code())).isPresent()))
                    .toList());
        });
    }

    @Override
    public Outcome<UserView> createUser(Principal principal, AfasConventionId id, NewUserForm form,
            String sourceAddress) {
        return onConvention(principal, id, (convention, now) -> {
            Optional<Partner> partner = partners.find(convention.partner())
                    .filter(found -> found.isAdministrator(principal.user()));
            if (partner.isEmpty()) {
                return Outcome.refused(Reason.FORBIDDEN, PartnerRefusal.ADMINISTRATOR_REQUIRED.refusal());
            }
            if (form == null) {
                return emptyForm();
            }
            LocalDate today = today(now);
            FormErrors errors = FormErrors.of(validator.validate(form));
            Optional<UserInput> input = userInput(errors, "", form, today);
            if (!errors.isEmpty()) {
                return errors.toOutcome();
            }
            if (conventions.emailUsed(input.orElseThrow().email())) {
                return refusedBy(HabilitationRefusal.EMAIL_ALREADY_USED.refusal());
            }
            Result<Login> identifier = convention.prefix().identifier(conventions.nextSequence(convention.id()));
            if (identifier instanceof Result.Refused<Login> refused) {
                return refusedBy(refused.refusal());
            }
            Login login = identifier.orElseThrow();
            if (accounts.loginTaken(login.key())) {
                return Outcome.refused(Reason.CONFLICT, PartnerRefusal.LOGIN_ALREADY_USED.refusal());
            }
            UserId userId = new UserId(newId());
            AfasUser user = input.get().user(userId, login);
            return then(convention.addUser(user, today), changed -> {
                Result<Partner> withUser = partner.get().createUser(principal.user(), new NewUser(userId, login,
                        user.lastName(), user.firstName(), user.phone(), user.email(), false));
                if (withUser instanceof Result.Refused<Partner> refused) {
                    return refusedBy(refused.refusal());
                }
                if (!partners.update(withUser.orElseThrow())) {
                    return Outcome.refused(Reason.CONFLICT, MODIFIED_MEANWHILE);
                }
                return saved(changed, () -> {
                    issueAccount(principal, partner.get().name().value(), user, now, sourceAddress,
                            scope(convention));
                    return userView(changed, user, today);
                });
            });
        });
    }

    @Override
    public Outcome<UserView> modifyUser(Principal principal, AfasConventionId id, UserId userId, NewUserForm form,
            String sourceAddress) {
        return asAdministratorOn(principal, id, userId, (convention, partner, existing, now) -> {
            if (form == null) {
                return emptyForm();
            }
            LocalDate today = today(now);
            FormErrors errors = FormErrors.of(validator.validate(form));
            Optional<UserInput> input = userInput(errors, "", form, existing.period().start());
            if (!errors.isEmpty()) {
                return errors.toOutcome();
            }
            AfasUser changes = input.get().user(userId, existing.identifier());
            if (!changes.email().normalized().equals(existing.email().normalized())
                    && conventions.emailUsed(changes.email())) {
                return refusedBy(HabilitationRefusal.EMAIL_ALREADY_USED.refusal());
            }
            return then(convention.modifyUser(changes, today), changed -> {
                Result<Partner> withChanges = partner.modifyUser(principal.user(), userId, new UserChanges(
                        changes.lastName(), changes.firstName(), changes.phone(), changes.email()));
                if (withChanges instanceof Result.Refused<Partner> refused) {
                    return refusedBy(refused.refusal());
                }
                if (!partners.update(withChanges.orElseThrow())) {
                    return Outcome.refused(Reason.CONFLICT, MODIFIED_MEANWHILE);
                }
                AfasUser stored = changed.user(userId).orElseThrow();
                AuditedChanges audited = new AuditedChanges()
                        .field("nom", existing.lastName().value(), stored.lastName().value())
                        .field("prenom", existing.firstName().value(), stored.firstName().value())
                        .field("email", existing.email().value(), stored.email().value())
                        .field("telephone", existing.phone().map(PhoneNumber::display).orElse(null),
                                stored.phone().map(PhoneNumber::display).orElse(null))
                        .field("poste", existing.workStyle().name(), stored.workStyle().name())
                        .field("dateOuverture", existing.period().start().toString(),
                                stored.period().start().toString())
                        .field("dateCloture", existing.period().end().map(LocalDate::toString).orElse(null),
                                stored.period().end().map(LocalDate::toString).orElse(null));
                return saved(changed, () -> {
                    audited.events(event(principal, now, AuditAction.USER_UPDATED, sourceAddress, scope(convention))
                            .withTarget(userTarget(userId))).forEach(audit::append);
                    endSessionsIfClosed(userId, stored.period().end(), today);
                    return userView(changed, stored, today);
                });
            });
        });
    }

    @Override
    public Outcome<UserView> closeUser(Principal principal, AfasConventionId id, UserId userId, UserClosingForm form,
            String sourceAddress) {
        return asAdministratorOn(principal, id, userId, (convention, partner, existing, now) -> {
            if (form == null) {
                return emptyForm();
            }
            LocalDate today = today(now);
            FormErrors errors = FormErrors.of(validator.validate(form));
            Optional<LocalDate> closing = date(errors, "dateCloture", form.dateCloture(), null);
            if (closing.isPresent() && closing.get().isBefore(today)) {
                errors.add("dateCloture", "La date de clôture ne peut pas être antérieure à aujourd'hui.");
            }
            if (!errors.isEmpty()) {
                return errors.toOutcome();
            }
            return then(convention.closeUser(userId, closing.get(), today), changed -> saved(changed, () -> {
                audit.append(event(principal, now, AuditAction.USER_DELETED, sourceAddress, scope(convention))
                        .withTarget(userTarget(userId))
                        .withDetail("dateCloture", closing.get().toString()));
                endSessionsIfClosed(userId, closing, today);
                return userView(changed, changed.user(userId).orElseThrow(), today);
            }));
        });
    }

    /** A user closed from today on is logged out at once (the login check refuses them from then on). */
    private void endSessionsIfClosed(UserId userId, Optional<LocalDate> closing, LocalDate today) {
        if (closing.filter(date -> !date.isAfter(today)).isPresent()) {
            sessions.closeAllFor(SubjectKind.PARTNER_USER, userId.value().toString());
        }
    }

    @FunctionalInterface
    private interface UserWork<T> {
        Outcome<T> apply(AfasConvention convention, Partner partner, AfasUser user, Instant now);
    }

    /**
     * A user of a convention of the principal's partner, for one of the partner's administrators; another partner's
     * convention or an unknown user is not found.
     */
    private <T> Outcome<T> asAdministratorOn(Principal principal, AfasConventionId id, UserId userId,
            UserWork<T> work) {
        return onConvention(principal, id, (convention, now) -> {
            Optional<Partner> partner = partners.find(convention.partner())
                    .filter(found -> found.isAdministrator(principal.user()));
            if (partner.isEmpty()) {
                return Outcome.refused(Reason.FORBIDDEN, PartnerRefusal.ADMINISTRATOR_REQUIRED.refusal());
            }
            return convention.user(userId)
                    .map(user -> work.apply(convention, partner.get(), user, now))
                    .orElseGet(() -> refusedBy(HabilitationRefusal.USER_NOT_FOUND.refusal()));
        });
    }

    @Override
    public Outcome<UserDetail> user(Principal principal, AfasConventionId id, UserId userId) {
        return onConvention(principal, id, (convention, now) -> convention.user(userId)
                .<Outcome<UserDetail>>map(user -> Outcome.done(detail(convention, user, today(now))))
                .orElseGet(() -> refusedBy(HabilitationRefusal.USER_NOT_FOUND.refusal())));
    }

    @Override
    public Outcome<UserDetail> addMembership(Principal principal, AfasConventionId id, MembershipForm form,
            String sourceAddress) {
        return onConvention(principal, id, (convention, now) -> {
            if (form == null) {
                return emptyForm();
            }
            LocalDate today = today(now);
            FormErrors errors = FormErrors.of(validator.validate(form));
            Optional<UserId> member = userId(errors, "utilisateur", form.utilisateur());
            Optional<GroupCode> group = group(errors, "groupe", form.groupe());
            Optional<LocalDate> opening = date(errors, "dateOuverture", form.dateOuverture(), today);
            Optional<Period> period = period(errors, "dateCloture", opening,
                    optionalDate(errors, "dateCloture", form.dateCloture()));
            if (!errors.isEmpty()) {
                return errors.toOutcome();
            }
            boolean administrator = partners.find(convention.partner())
                    .map(partner -> partner.isAdministrator(principal.user())).orElse(false);
            Membership membership = new Membership(member.orElseThrow(), group.orElseThrow(), period.orElseThrow());
            return then(convention.addMembership(principal.user(), administrator, membership, today),
                    changed -> saved(changed, () -> {
                        audit.append(event(principal, now, AuditAction.GROUP_MEMBERSHIP_ADDED, sourceAddress,
                                scope(convention))
                                .withTarget(userTarget(membership.user()))
                                .withDetail("groupe", membership.group().code())
                                .withDetail("dateOuverture", membership.period().start().toString()));
                        return detail(changed, changed.user(membership.user()).orElseThrow(), today);
                    }));
        });
    }

    @Override
    public Outcome<UserDetail> closeMembership(Principal principal, AfasConventionId id, MembershipClosingForm form,
            String sourceAddress) {
        return onConvention(principal, id, (convention, now) -> {
            if (form == null) {
                return emptyForm();
            }
            LocalDate today = today(now);
            FormErrors errors = FormErrors.of(validator.validate(form));
            Optional<UserId> member = userId(errors, "utilisateur", form.utilisateur());
            Optional<GroupCode> group = group(errors, "groupe", form.groupe());
            Optional<LocalDate> closing = date(errors, "dateCloture", form.dateCloture(), null);
            if (!errors.isEmpty()) {
                return errors.toOutcome();
            }
            return then(convention.closeMembership(principal.user(), member.orElseThrow(), group.orElseThrow(),
                    closing.orElseThrow(), today), changed -> saved(changed, () -> {
                        audit.append(event(principal, now, AuditAction.GROUP_MEMBERSHIP_CLOSED, sourceAddress,
                                scope(convention))
                                .withTarget(userTarget(member.get()))
                                .withDetail("groupe", group.get().code())
                                .withDetail("dateCloture", closing.get().toString()));
                        return detail(changed, changed.user(member.get()).orElseThrow(), today);
                    }));
        });
    }

    @Override
    public Outcome<GrantsMade> grant(Principal principal, AfasConventionId id, GrantForm form, String sourceAddress) {
        return onConvention(principal, id, (convention, now) -> {
            if (form == null) {
                return emptyForm();
            }
            LocalDate today = today(now);
            FormErrors errors = FormErrors.of(validator.validate(form));
            Optional<UserId> grantee = userId(errors, "utilisateur", form.utilisateur());
            Optional<Role> role = errors.has("role") ? Optional.empty() : Role.parse(form.role());
            if (!errors.has("role") && role.isEmpty()) {
                errors.add("role", "Rôle inconnu : Approbateur, Fournisseur de données d'activité ou Fournisseur de "
                        + "données financières.");
            }
            Optional<LocalDate> start = date(errors, "aPartirDu", form.aPartirDu(), null);
            Optional<Period> period = period(errors, "jusquAu", start, optionalDate(errors, "jusquAu", form.jusquAu()));
            Optional<Scope> scope = scope(errors, convention, form);
            if (!errors.isEmpty()) {
                return errors.toOutcome();
            }
            ValidationRequestId requestId = new ValidationRequestId(newId());
            return switch (convention.grant(principal.user(), grantee.orElseThrow(), role.orElseThrow(),
                    period.orElseThrow(), scope.orElseThrow(), () -> new GrantId(newId()), requestId, today)) {
                case Result.Refused<AfasConvention.Granted> refused -> AfasService.<GrantsMade>refusedBy(
                        refused.refusal());
                case Result.Ok<AfasConvention.Granted> ok -> saved(ok.value().convention(), () -> {
                    AfasConvention changed = ok.value().convention();
                    AfasUser user = changed.user(grantee.get()).orElseThrow();
                    for (Grant made : ok.value().grants()) {
                        audit.append(event(principal, now, AuditAction.HABILITATION_GRANTED, sourceAddress,
                                scope(convention))
                                .withTarget(userTarget(user.id()))
                                .withDetail("identifiant", AuditedChanges.safe(user.identifier().value()))
                                .withDetail("role", made.role().name())
                                .withDetail("portee", scopeLabel(changed, made.target()))
                                .withDetail("aPartirDu", made.period().start().toString()));
                    }
                    ok.value().request().ifPresent(request -> requestValidation(principal, changed, user, request,
                            made(ok.value()).period().start(), now, sourceAddress));
                    List<GrantLine> lines = ok.value().grants().stream()
                            .map(grant -> line(changed, grant, today)).toList();
                    return new GrantsMade(GRANTS_CREATED, lines, ok.value().request().isPresent());
                });
            };
        });
    }

    private static Grant made(AfasConvention.Granted granted) {
        return granted.grants().getFirst();
    }

    @Override
    public Outcome<GrantLine> endGrant(Principal principal, AfasConventionId id, GrantId grantId, GrantEndForm form,
            String sourceAddress) {
        return onConvention(principal, id, (convention, now) -> {
            if (form == null) {
                return emptyForm();
            }
            LocalDate today = today(now);
            FormErrors errors = FormErrors.of(validator.validate(form));
            Optional<LocalDate> end = date(errors, "dateFin", form.dateFin(), null);
            if (!errors.isEmpty()) {
                return errors.toOutcome();
            }
            return then(convention.endGrant(principal.user(), grantId, end.orElseThrow(), today),
                    changed -> saved(changed, () -> {
                        Grant ended = changed.grants().stream().filter(grant -> grant.id().equals(grantId))
                                .findFirst().orElseThrow();
                        audit.append(event(principal, now, AuditAction.HABILITATION_REVOKED, sourceAddress,
                                scope(convention))
                                .withTarget(userTarget(ended.user()))
                                .withDetail("role", ended.role().name())
                                .withDetail("portee", scopeLabel(changed, ended.target()))
                                .withDetail("dateFin", end.get().toString()));
                        return line(changed, ended, today);
                    }));
        });
    }

    @Override
    public Outcome<SearchResult> search(Principal principal, AfasConventionId id, SearchForm form) {
        return onConvention(principal, id, (convention, now) -> {
            SearchForm criteria = form == null ? new SearchForm(null, null, null, null, null, null, null) : form;
            FormErrors errors = FormErrors.of(Set.of());
            Set<GrantState> states = EnumSet.noneOf(GrantState.class);
            if (criteria.etats() == null || criteria.etats().stream().allMatch(etat -> etat == null || etat.isBlank())) {
                errors.add("etats", STATES_MANDATORY);
            } else {
                for (String etat : criteria.etats()) {
                    if (etat != null && !etat.isBlank()) {
                        GrantState.parse(etat).ifPresentOrElse(states::add, () -> errors.add("etats",
                                "État inconnu : Actif, Historique, Inactif ou Non attribué."));
                    }
                }
            }
            Optional<Optional<UserId>> user = optional(criteria.utilisateur(), raw -> userId(errors, "utilisateur", raw));
            Optional<Role> role = Optional.empty();
            if (criteria.role() != null && !criteria.role().isBlank()) {
                role = Role.parse(criteria.role());
                if (role.isEmpty()) {
                    errors.add("role", "Rôle inconnu.");
                }
            }
            Optional<Optional<UUID>> activity = optional(criteria.activite(), raw -> uuid(errors, "activite", raw,
                    "Activité inconnue."));
            if (!errors.isEmpty()) {
                return errors.toOutcome();
            }
            GrantSearch search = new GrantSearch(states, user.orElseThrow(), role,
                    activity.orElseThrow().map(ActivityId::new), blankToEmpty(criteria.type()),
                    blankToEmpty(criteria.nature()), criteria.lieux() == null || criteria.lieux());
            LocalDate today = today(now);
            List<Section> sections = convention.search(search, today).stream()
                    .map(section -> new Section(section.kind().libelle(), section.id(), section.libelle(),
                            section.lines().stream().map(line -> line(convention, section, line)).toList()))
                    .toList();
            boolean pending = sections.stream().flatMap(section -> section.lignes().stream())
                    .anyMatch(GrantLine::enAttenteValidationCaf);
            return Outcome.done(new SearchResult(sections, sections.isEmpty() ? NO_RESULT : null,
                    pending ? PENDING_NOTE : null));
        });
    }

    // ================================================================ shared steps

    /** The new user's account: a temporary password, mailed with their identifier (spec §7 « Création de compte »). */
    private void issueAccount(Principal actor, String partnerName, AfasUser user,
            Instant now, String sourceAddress, String scope) {
        var temporary = TemporaryPassword.generate(settings.passwordPolicy(), user.identifier().value(), random, clock,
                settings.temporaryPasswordValidity());
        accounts.setPassword(user.id(), hasher.hash(temporary.value()), Optional.of(temporary.expiresAt()), true);
        outbox.enqueue(OutgoingMail.of(user.email().value(), templates.render(new MailParameters.CreationCompte(
                partnerName, Optional.of(user.identifier().value()), temporary.value(),
                settings.temporaryPasswordValidity())), now));
        audit.append(event(actor, now, AuditAction.USER_CREATED, sourceAddress, scope)
                .withTarget(userTarget(user.id()))
                .withDetail("login", AuditedChanges.safe(user.identifier().value())));
        audit.append(AuditEvent.of(now, AuditEvent.SYSTEM, AuditAction.TEMPORARY_PASSWORD_ISSUED)
                .withScope(scope)
                .withTarget(userTarget(user.id())));
    }

    /** Every approver change is a new validation request, mailed to the CAF's administrators. */
    private void requestValidation(Principal principal, AfasConvention convention, AfasUser approver,
            ValidationRequest request, LocalDate start, Instant now, String sourceAddress) {
        var mail = templates.render(new MailParameters.DemandeValidationApprobateur(partnerName(convention),
                convention.libelle(), approver.displayName(), approver.identifier().value(),
                activityNames(convention, request), start));
        conventions.cafAddresses(convention.caf())
                .forEach(address -> outbox.enqueue(OutgoingMail.of(address.value(), mail, now)));
        audit.append(event(principal, now, AuditAction.APPROVER_VALIDATION_REQUESTED, sourceAddress, scope(convention))
                .withTarget(userTarget(approver.id()))
                .withDetail("identifiant", AuditedChanges.safe(approver.identifier().value())));
    }

    @FunctionalInterface
    private interface CafWork<T> {
        Outcome<T> apply(Caisse caf, Instant now);
    }

    /** One transaction for an administrator of a CAF (a caisse of the CAF régime); undone unless it is done. */
    private <T> Outcome<T> asCaf(Principal principal, CafWork<T> work) {
        if (principal.pendingObligation().isPresent()) {
            return Outcome.refused(Reason.FORBIDDEN, principal.pendingObligation().get());
        }
        Optional<Caisse> caf = principal.caisse().flatMap(referenceData::caisse)
                .filter(caisse -> CAF_REGIME.equals(caisse.regime().value()));
        if (principal.kind() != Principal.Kind.CAISSE_ADMIN || caf.isEmpty()) {
            return Outcome.refused(Reason.FORBIDDEN, CAF_ONLY);
        }
        return atomically(() -> work.apply(caf.get(), clock.instant()));
    }

    @FunctionalInterface
    private interface PartnerWork<T> {
        Outcome<T> apply(PartnerId partner, Instant now);
    }

    private <T> Outcome<T> asPartnerUser(Principal principal, PartnerWork<T> work) {
        if (principal.pendingObligation().isPresent()) {
            return Outcome.refused(Reason.FORBIDDEN, principal.pendingObligation().get());
        }
        if (principal.kind() != Principal.Kind.PARTNER_USER || principal.partner().isEmpty()) {
            return Outcome.refused(Reason.FORBIDDEN, PARTNER_USERS_ONLY);
        }
        return atomically(() -> work.apply(principal.partner().get(), clock.instant()));
    }

    /** A convention of the principal's partner, read in the call's transaction; another partner's is not found. */
    private <T> Outcome<T> onConvention(Principal principal, AfasConventionId id,
            BiFunction<AfasConvention, Instant, Outcome<T>> work) {
        return asPartnerUser(principal, (partner, now) -> conventions.find(id)
                .filter(convention -> convention.partner().equals(partner))
                .map(convention -> work.apply(convention, now))
                .orElseGet(AfasService::conventionNotFound));
    }

    private Optional<AfasConvention> ofCaf(Caisse caf, AfasConventionId id) {
        return conventions.find(id).filter(convention -> convention.caf().equals(caf.code()));
    }

    /** Runs the work in one transaction, rolled back whenever its outcome is not {@code Done}. */
    private <T> Outcome<T> atomically(Supplier<Outcome<T>> work) {
        try {
            return transactions.inTransaction(() -> {
                Outcome<T> outcome = work.get();
                if (outcome instanceof Outcome.Done<T>) {
                    return outcome;
                }
                throw new Undone(outcome);
            });
        } catch (Undone undone) {
            @SuppressWarnings("unchecked")
            Outcome<T> outcome = (Outcome<T>) undone.outcome;
            return outcome;
        } catch (EmailTakenException e) {
            return refusedBy(HabilitationRefusal.EMAIL_ALREADY_USED.refusal());
        } catch (LoginTakenException e) {
            return Outcome.refused(Reason.CONFLICT, PartnerRefusal.LOGIN_ALREADY_USED.refusal());
        }
    }

    /** Carries a refused or invalid outcome out of its transaction, so that the transaction is rolled back. */
    private static final class Undone extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient Outcome<?> outcome;

        Undone(Outcome<?> outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    private static <T> Outcome<T> then(Result<AfasConvention> result,
            java.util.function.Function<AfasConvention, Outcome<T>> onChanged) {
        return switch (result) {
            case Result.Refused<AfasConvention> refused -> refusedBy(refused.refusal());
            case Result.Ok<AfasConvention> ok -> onChanged.apply(ok.value());
        };
    }

    /** Stores the changed convention under its version, then answers; a concurrent change is a conflict. */
    private <T> Outcome<T> saved(AfasConvention changed, Supplier<T> answer) {
        if (!conventions.update(changed)) {
            return Outcome.refused(Reason.CONFLICT, MODIFIED_MEANWHILE);
        }
        return Outcome.done(answer.get());
    }

    private static <T> Outcome<T> refusedBy(Refusal refusal) {
        Optional<HabilitationRefusal> known = HabilitationRefusal.of(refusal);
        if (known.isEmpty()) {
            return Outcome.refused(refusal.equals(PartnerRefusal.ADMINISTRATOR_REQUIRED.refusal())
                    ? Reason.FORBIDDEN : Reason.UNPROCESSABLE, refusal);
        }
        Reason reason = switch (known.get()) {
            case MANAGER_REQUIRED -> Reason.FORBIDDEN;
            case USER_NOT_FOUND, GRANT_NOT_FOUND, REQUEST_NOT_FOUND -> Reason.NOT_FOUND;
            case EMAIL_ALREADY_USED, ALREADY_MEMBER, GROUPS_ALREADY_CREATED, REQUEST_ALREADY_VALIDATED -> Reason.CONFLICT;
            case PLACE_SCOPE_ACTIVITY_PROVIDER_ONLY, EMPTY_ACTIVITY_SCOPE, EMPTY_PLACE_SCOPE, UNKNOWN_ACTIVITY,
                    UNKNOWN_PLACE, GROUPS_NOT_CREATED, NOT_MEMBER, LAST_MANAGER, DATES_IN_WRONG_ORDER,
                    CONVENTION_CLOSED, USER_CLOSED, GRANT_ALREADY_ENDED, IDENTIFIERS_EXHAUSTED -> Reason.UNPROCESSABLE;
        };
        return Outcome.refused(reason, refusal);
    }

    private static <T> Outcome<T> conventionNotFound() {
        return Outcome.refused(Reason.NOT_FOUND, CONVENTION_NOT_FOUND);
    }

    private static <T> Outcome<T> emptyForm() {
        return new Outcome.Invalid<>(Map.of("formulaire", List.of("Le formulaire est vide.")));
    }

    // ================================================================ form parsing

    /** The parsed fields of a user form (« Créer un utilisateur partenaire » or the convention's administrator). */
    private record UserInput(LastName lastName, FirstName firstName, EmailAddress email, Optional<PhoneNumber> phone,
            WorkStyle workStyle, Period period) {

        AfasUser user(UserId id, Login identifier) {
            return new AfasUser(id, identifier, lastName, firstName, email, phone, workStyle, period);
        }
    }

    private static Optional<UserInput> userInput(FormErrors errors, String prefix, NewUserForm form, LocalDate today) {
        Optional<LastName> lastName = errors.parse(prefix + "nom", form.nom(), LastName::parse);
        Optional<FirstName> firstName = errors.parse(prefix + "prenom", form.prenom(), FirstName::parse);
        Optional<EmailAddress> email = errors.parse(prefix + "email", form.email(), EmailAddress::parse);
        if (email.isPresent() && !errors.has(prefix + "confirmationEmail") && (form.confirmationEmail() == null
                || !form.confirmationEmail().strip().equalsIgnoreCase(email.get().value()))) {
            errors.add(prefix + "confirmationEmail", "Les deux adresses mail saisies sont différentes.");
        }
        Optional<Optional<PhoneNumber>> phone = errors.parseOptional(prefix + "telephone", form.telephone(),
                PhoneNumber::parse);
        if (phone.isPresent() && !errors.has(prefix + "confirmationTelephone")) {
            String confirmation = form.confirmationTelephone();
            boolean same = confirmation == null || confirmation.isBlank() ? phone.get().isEmpty()
                    : phone.get().isPresent() && PhoneNumber.parse(confirmation) instanceof Result.Ok<PhoneNumber> ok
                            && ok.value().equals(phone.get().get());
            if (!same) {
                errors.add(prefix + "confirmationTelephone", "Les deux numéros de téléphone saisis sont différents.");
            }
        }
        WorkStyle workStyle = WorkStyle.SEDENTAIRE;
        if (form.poste() != null && !form.poste().isBlank() && !errors.has(prefix + "poste")) {
            try {
                workStyle = WorkStyle.valueOf(form.poste().strip().toUpperCase(Locale.ROOT).replace('É', 'E'));
            } catch (IllegalArgumentException e) {
                errors.add(prefix + "poste", "Le poste est SEDENTAIRE (poste fixe) ou ITINERANT (poste de travail "
                        + "variable).");
            }
        }
        Optional<LocalDate> opening = date(errors, prefix + "dateOuverture", form.dateOuverture(), today);
        Optional<Period> period = period(errors, prefix + "dateCloture", opening,
                optionalDate(errors, prefix + "dateCloture", form.dateCloture()));
        if (lastName.isEmpty() || firstName.isEmpty() || email.isEmpty() || phone.isEmpty() || period.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new UserInput(lastName.get(), firstName.get(), email.get(), phone.get(), workStyle,
                period.get()));
    }

    /** The scope of the grant form, the « sélectionner tout » helpers expanded. */
    private static Optional<Scope> scope(FormErrors errors, AfasConvention convention, GrantForm form) {
        if (errors.has("portee")) {
            return Optional.empty();
        }
        String portee = form.portee().strip().toUpperCase(Locale.ROOT);
        if (portee.equals("ACTIVITES") || portee.equals("ACTIVITÉS")) {
            Set<ActivityId> chosen = new LinkedHashSet<>();
            if (form.toutesLesActivites()) {
                convention.activities().forEach(activity -> chosen.add(activity.id()));
            }
            ids(errors, "activites", form.activites(), "Activité inconnue.").forEach(id -> chosen.add(new ActivityId(id)));
            return Optional.of(new Scope.Activities(List.copyOf(chosen)));
        }
        if (portee.equals("LIEUX")) {
            Set<PlaceId> chosen = new LinkedHashSet<>();
            if (form.tousLesLieux()) {
                convention.activities().forEach(activity -> activity.places().forEach(place -> chosen.add(place.id())));
            }
            for (UUID activity : ids(errors, "lieuxDesActivites", form.lieuxDesActivites(), "Activité inconnue.")) {
                convention.activity(new ActivityId(activity)).ifPresentOrElse(
                        found -> found.places().forEach(place -> chosen.add(place.id())),
                        () -> errors.add("lieuxDesActivites", "Activité inconnue."));
            }
            ids(errors, "lieux", form.lieux(), "Lieu d'implantation inconnu.").forEach(id -> chosen.add(new PlaceId(id)));
            return Optional.of(new Scope.Places(List.copyOf(chosen)));
        }
        errors.add("portee", "La portée est ACTIVITES (des activités) ou LIEUX (des lieux d'implantation).");
        return Optional.empty();
    }

    private static List<UUID> ids(FormErrors errors, String field, List<String> raw, String unknown) {
        if (raw == null) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        for (String value : raw) {
            uuid(errors, field, value, unknown).ifPresent(ids::add);
        }
        return ids;
    }

    private static Optional<UUID> uuid(FormErrors errors, String field, String raw, String unknown) {
        try {
            return Optional.of(UUID.fromString(raw == null ? "" : raw.strip()));
        } catch (IllegalArgumentException e) {
            errors.add(field, unknown);
            return Optional.empty();
        }
    }

    private static Optional<UserId> userId(FormErrors errors, String field, String raw) {
        if (errors.has(field)) {
            return Optional.empty();
        }
        return uuid(errors, field, raw, "Utilisateur inconnu.").map(UserId::new);
    }

    private static Optional<GroupCode> group(FormErrors errors, String field, String raw) {
        if (errors.has(field)) {
            return Optional.empty();
        }
        Optional<GroupCode> group = GroupCode.parse(raw);
        if (group.isEmpty()) {
            errors.add(field, "Groupe inconnu : AFAS-HAB ou AFAS-DEC.");
        }
        return group;
    }

    /** An optional criterion: blank is absent; empty (outer) when it is invalid. */
    private static <T> Optional<Optional<T>> optional(String raw, java.util.function.Function<String, Optional<T>> parse) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(Optional.empty());
        }
        return parse.apply(raw).map(Optional::of);
    }

    /** A mandatory date (ISO or JJ/MM/AAAA), or {@code byDefault} when blank and a default exists. */
    private static Optional<LocalDate> date(FormErrors errors, String field, String raw, LocalDate byDefault) {
        if (errors.has(field)) {
            return Optional.empty();
        }
        if (raw == null || raw.isBlank()) {
            if (byDefault == null) {
                errors.add(field, "La date est obligatoire (JJ/MM/AAAA).");
            }
            return Optional.ofNullable(byDefault);
        }
        Optional<LocalDate> parsed = parseDate(raw.strip());
        if (parsed.isEmpty()) {
            errors.add(field, "Date invalide : format attendu JJ/MM/AAAA.");
        }
        return parsed;
    }

    private static Optional<Optional<LocalDate>> optionalDate(FormErrors errors, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return errors.has(field) ? Optional.empty() : Optional.of(Optional.empty());
        }
        return date(errors, field, raw, null).map(Optional::of);
    }

    private static Optional<LocalDate> parseDate(String raw) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, FRENCH_DATE)) {
            try {
                return Optional.of(LocalDate.parse(raw, format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    private static Optional<Period> period(FormErrors errors, String endField, Optional<LocalDate> start,
            Optional<Optional<LocalDate>> end) {
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        return errors.parse(endField, "", unused -> Period.of(start.get(), end.get()));
    }

    private static Optional<String> blankToEmpty(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }

    private static boolean contains(String value, String wanted) {
        return wanted == null || wanted.isBlank()
                || (value != null && value.toLowerCase(Locale.ROOT).contains(wanted.strip().toLowerCase(Locale.ROOT)));
    }

    // ================================================================ views

    private String partnerName(AfasConvention convention) {
        return partners.find(convention.partner()).map(partner -> partner.name().value()).orElse(convention.libelle());
    }

    private static ConventionView view(AfasConvention convention, String partnerName, LocalDate today) {
        return new ConventionView(convention.id().value(), convention.libelle(), convention.cafPivot(), partnerName,
                convention.period().start(), convention.period().end().orElse(null), convention.statut(today),
                convention.etat(), CONVENTION_ACTIONS);
    }

    private static List<GroupView> groups(AfasConvention convention, LocalDate today) {
        return convention.groups().stream().map(group -> groupView(group, today)).toList();
    }

    private static GroupView groupView(AfasGroup group, LocalDate today) {
        return new GroupView(group.code().code(), group.code().libelle(), group.niveau(), group.period().start(),
                group.period().end().orElse(null), group.period().statut(today));
    }

    private static UserView userView(AfasConvention convention, AfasUser user, LocalDate today) {
        return new UserView(user.id().value(), user.identifier().value(), user.lastName().value(),
                user.firstName().value(), user.email().value(), user.phone().map(PhoneNumber::display).orElse(null),
                user.workStyle().name(), user.period().start(), user.period().end().orElse(null),
                user.period().statut(today), convention.openMemberships(user.id(), today).stream()
                        .map(membership -> membership.group().code()).distinct().toList());
    }

    private static UserDetail detail(AfasConvention convention, AfasUser user, LocalDate today) {
        return new UserDetail(userView(convention, user, today), convention.isActive(user.id(), today),
                convention.memberships().stream().filter(membership -> membership.user().equals(user.id()))
                        .map(membership -> new MembershipView(membership.group().code(), membership.group().libelle(),
                                membership.period().start(), membership.period().end().orElse(null),
                                membership.period().statut(today)))
                        .toList(),
                convention.grants().stream().filter(grant -> grant.user().equals(user.id()))
                        .map(grant -> line(convention, grant, today)).toList());
    }

    private static GrantLine line(AfasConvention convention, Grant grant, LocalDate today) {
        AfasUser user = convention.user(grant.user()).orElseThrow();
        String kind = grant.target() instanceof Target.OnPlace ? GrantSection.Kind.LIEU.libelle()
                : GrantSection.Kind.ACTIVITE.libelle();
        return new GrantLine(grant.id().value(), grant.role().libelle(), grant.role().name(), user.id().value(),
                user.displayName(), kind, scopeLabel(convention, grant.target()), grant.period().start(),
                grant.period().end().orElse(null), shownStart(grant.period().start(), grant.pendingCafValidation()),
                convention.state(grant, today).libelle(), grant.pendingCafValidation());
    }

    private static GrantLine line(AfasConvention convention, GrantSection section, GrantSection.Line line) {
        return new GrantLine(line.grant().map(GrantId::value).orElse(null), line.role().libelle(), line.role().name(),
                line.user().map(user -> user.id().value()).orElse(null),
                line.user().map(AfasUser::displayName).orElse(null), section.kind().libelle(), section.libelle(),
                line.start().orElse(null), line.end().orElse(null),
                line.start().map(start -> shownStart(start, line.pendingCafValidation())).orElse(null),
                line.state().libelle(), line.pendingCafValidation());
    }

    private static String shownStart(LocalDate start, boolean pending) {
        return FRENCH_DATE.format(start) + (pending ? "*" : "");
    }

    private static String scopeLabel(AfasConvention convention, Target target) {
        return switch (target) {
            case Target.OnActivity on -> convention.activity(on.activity()).map(Activity::libelle).orElseThrow();
            case Target.OnPlace on -> convention.place(on.place()).map(Place::libelle).orElseThrow();
        };
    }

    private static List<String> activityNames(AfasConvention convention, ValidationRequest request) {
        return request.activities().stream()
                .map(activity -> convention.activity(activity).map(Activity::libelle).orElseThrow())
                .toList();
    }

    private ApproverRequest approverRequest(AfasConvention convention, ValidationRequest request) {
        AfasUser approver = convention.user(request.approver()).orElseThrow();
        return new ApproverRequest(request.id().value(), convention.id().value(), convention.libelle(),
                partnerName(convention), approver.id().value(), approver.identifier().value(), approver.displayName(),
                activityNames(convention, request), request.requestedOn(), request.validatedOn().orElse(null),
                request.deadline().orElse(null));
    }

    // ================================================================ small helpers

    private LocalDate today(Instant now) {
        return BusinessTime.dateOf(now);
    }

    /** A random (version 4) id drawn from the service's generator. */
    private UUID newId() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    private static AuditEvent event(Principal principal, Instant now, AuditAction action, String sourceAddress,
            String scope) {
        return AuditEvent.of(now, principal.user().value().toString(), action)
                .withScope(scope)
                .withSourceAddress(sourceAddress);
    }

    private static String scope(AfasConvention convention) {
        return "partner:" + convention.partner().value();
    }

    private static String target(AfasConventionId id) {
        return "afas-convention:" + id.value();
    }

    private static String userTarget(UserId user) {
        return "user:" + user.value();
    }
}
