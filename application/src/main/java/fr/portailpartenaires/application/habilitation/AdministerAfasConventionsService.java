package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import static fr.portailpartenaires.application.habilitation.AfasConventionAccess.refusedBy;
import static fr.portailpartenaires.application.habilitation.AfasForms.blankToEmpty;
import static fr.portailpartenaires.application.habilitation.AfasForms.date;
import static fr.portailpartenaires.application.habilitation.AfasForms.newId;
import static fr.portailpartenaires.application.habilitation.AfasForms.optionalDate;
import static fr.portailpartenaires.application.habilitation.AfasForms.period;

import fr.portailpartenaires.application.habilitation.AfasForms.UserInput;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.ConventionView;
import fr.portailpartenaires.application.habilitation.ConsultAfasConventions.GroupView;
import fr.portailpartenaires.application.shared.AddressForms;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditedChanges;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.habilitation.Activity;
import fr.portailpartenaires.domain.habilitation.ActivityId;
import fr.portailpartenaires.domain.habilitation.AfasConvention;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.habilitation.HabilitationRefusal;
import fr.portailpartenaires.domain.habilitation.IdentifierPrefix;
import fr.portailpartenaires.domain.habilitation.Period;
import fr.portailpartenaires.domain.habilitation.Place;
import fr.portailpartenaires.domain.habilitation.PlaceId;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.reference.Caisse;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CAF's back-office of the AFAS conventions ({@link AdministerAfasConventions}): a convention is created with its
 * partner and its administrator's account in one transaction; its identifier sequence starts after the
 * administrator's.
 */
public final class AdministerAfasConventionsService extends UseCaseBase<HabilitationPorts>
        implements AdministerAfasConventions {

    /** @param support its randomness draws the ids */
    public AdministerAfasConventionsService(UseCaseSupport support, HabilitationPorts ports) {
        super(support, ports);
    }

    @Override
    public Outcome<ConventionView> create(Principal principal, NewConventionForm form, String sourceAddress) {
        return ports.access().asCaf(principal, (caf, now) -> ports.referenceData().caisse(caf.caf())
                .filter(Caisse::isCaf)
                .map(caisse -> support.validate(form)
                        .flatMap(errors -> create(caf, caisse, form, errors, now, sourceAddress)))
                .orElseGet(() -> Outcome.refused(Reason.FORBIDDEN, AfasConventionAccess.CAF_ONLY)));
    }

    private Outcome<ConventionView> create(Principal caf, Caisse caisse, NewConventionForm form, FormErrors errors,
            Instant now, String sourceAddress) {
        LocalDate today = BusinessTime.dateOf(now);
        Optional<LocalDate> opening = date(errors, "dateOuverture", form.dateOuverture(), today);
        Optional<Period> period = period(errors, "dateCloture", opening,
                optionalDate(errors, "dateCloture", form.dateCloture()));
        Optional<IdentifierPrefix> prefix = errors.parse("prefixeIdentifiant", form.prefixeIdentifiant(),
                IdentifierPrefix::parse);
        if (prefix.isPresent() && ports.conventions().prefixUsed(prefix.get())) {
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
                : AfasForms.userInput(errors, "administrateur.", form.administrateur(), today);
        List<Activity> activities = activities(form);
        if (!errors.isEmpty()) {
            return errors.toOutcome();
        }
        UserInput input = admin.orElseThrow();
        if (ports.identities().emailTaken(input.email())) {
            return refusedBy(HabilitationRefusal.EMAIL_ALREADY_USED.refusal());
        }
        Result<Login> identifier = prefix.orElseThrow().identifier(first.orElseThrow());
        if (identifier instanceof Result.Refused<Login> refused) {
            return refusedBy(refused.refusal());
        }
        Login login = identifier.orElseThrow();
        if (ports.identities().taken(login)) {
            return new Outcome.Invalid<>(Map.of("prefixeIdentifiant",
                    List.of("L'identifiant " + login.value() + " est déjà utilisé : choisissez un autre préfixe.")));
        }
        String cafPivot = form.cafPivot() == null || form.cafPivot().isBlank() ? caisse.libelle()
                : form.cafPivot().strip();
        PartnerId partnerId = new PartnerId(newId(support.random()));
        UserId adminId = new UserId(newId(support.random()));
        Partner partner = Partner.register(partnerId, partnerName.orElseThrow(), Optional.empty(),
                partnerPhone.orElseThrow(), address.orElseThrow(), new PartnerUser(adminId, login, input.lastName(),
                        input.firstName(), input.phone(), input.email(), true));
        AfasConvention created = AfasConvention.create(new AfasConventionId(newId(support.random())), partnerId,
                caisse.code(), form.libelle().strip(), cafPivot, period.orElseThrow(), today, prefix.orElseThrow(), activities);
        return AfasConventionAccess.then(created.addUser(input.user(adminId, login), today), stored -> {
            ports.partners().add(partner);
            ports.identities().open(partner, stored.user(adminId).orElseThrow());
            ports.conventions().add(stored, first.orElseThrow() + 1);
            String scope = AfasAudit.cafScope(caisse.code());
            support.audit(AfasAudit.event(caf, now, AuditAction.AFAS_CONVENTION_CREATED, sourceAddress, scope)
                    .withTarget(AfasAudit.target(stored.id()))
                    .withDetail("libelle", AuditedChanges.safe(stored.libelle())));
            ports.identities().issue(caf, partner.name().value(), input.user(adminId, login), now, sourceAddress,
                    scope);
            return Outcome.done(AfasViews.view(stored, partner.name().value(), today));
        });
    }

    /** The form's activities and places, with new ids; an incomplete one is left to the form's errors. */
    private List<Activity> activities(NewConventionForm form) {
        List<Activity> activities = new ArrayList<>();
        if (form.activites() == null) {
            return activities;
        }
        for (ActivityForm activity : form.activites()) {
            if (activity == null || activity.libelle() == null || activity.libelle().isBlank()
                    || activity.type() == null || activity.type().isBlank()) {
                continue;
            }
            List<Place> places = activity.lieux() == null ? List.of() : activity.lieux().stream()
                    .filter(lieu -> lieu != null && !lieu.isBlank() && lieu.strip().length() <= 100)
                    .map(lieu -> new Place(new PlaceId(newId(support.random())), lieu.strip()))
                    .toList();
            activities.add(new Activity(new ActivityId(newId(support.random())), activity.libelle().strip(),
                    activity.type().strip(), blankToEmpty(activity.nature()), places));
        }
        return activities;
    }

    @Override
    public Outcome<List<ConventionView>> list(Principal principal) {
        return ports.access().asCaf(principal, (caf, now) -> Outcome.done(ports.conventions().ofCaf(caf.caf()).stream()
                .map(convention -> AfasViews.view(convention, ports.access().partnerName(convention),
                        BusinessTime.dateOf(now)))
                .toList()));
    }

    @Override
    public Outcome<List<GroupView>> openGroups(Principal principal, AfasConventionId id, GroupsForm form,
            String sourceAddress) {
        GroupsForm groups = form == null ? new GroupsForm(null) : form;
        return ports.access().onCafConvention(principal, id, (caf, convention, now) -> support.validate(groups)
                .flatMap(errors -> {
                    LocalDate today = BusinessTime.dateOf(now);
                    Optional<LocalDate> on = date(errors, "dateOuverture", groups.dateOuverture(), today);
                    if (!errors.isEmpty()) {
                        return errors.toOutcome();
                    }
                    return AfasConventionAccess.then(convention.openGroups(on.orElseThrow()),
                            changed -> ports.access().saved(changed, () -> {
                                support.audit(AfasAudit.event(caf, now, AuditAction.AFAS_GROUPS_CREATED, sourceAddress,
                                        AfasAudit.cafScope(convention.caf())).withTarget(AfasAudit.target(id)));
                                return AfasViews.groups(changed, today);
                            }));
                }));
    }
}
