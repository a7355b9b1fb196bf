package fr.portailpartenaires.adapters.web;

import fr.portailpartenaires.application.port.in.AcceptUsageRules;
import fr.portailpartenaires.application.port.in.AdministerMyPartner;
import fr.portailpartenaires.application.port.in.ChangeMyEmail;
import fr.portailpartenaires.application.port.in.ContactAssistance;
import fr.portailpartenaires.application.port.in.ForgottenPassword;
import fr.portailpartenaires.application.port.in.Authenticate;
import fr.portailpartenaires.application.port.in.BrowseReferenceData;
import fr.portailpartenaires.application.port.in.IssueCaptcha;
import fr.portailpartenaires.application.port.in.ManagePartnerUsers;
import fr.portailpartenaires.application.port.in.Outcome;
import fr.portailpartenaires.application.port.in.Principal;
import fr.portailpartenaires.application.port.in.RegisterPartner;
import fr.portailpartenaires.application.port.in.ReviewRegistrations;
import fr.portailpartenaires.application.port.in.ViewMyPartner;
import fr.portailpartenaires.domain.convention.RegistrationId;
import fr.portailpartenaires.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Use cases a web test does not exercise: nobody is logged in, every command is refused. */
final class UnusedUseCases implements BrowseReferenceData, IssueCaptcha, RegisterPartner, ReviewRegistrations,
        Authenticate, ViewMyPartner, AdministerMyPartner, ManagePartnerUsers, ForgottenPassword, AcceptUsageRules,
        ContactAssistance, ChangeMyEmail, fr.portailpartenaires.application.port.in.ManageInvoices,
        fr.portailpartenaires.application.port.in.PaymentSlips,
        fr.portailpartenaires.application.port.in.SearchExchangeHistory {

    private static <T> Outcome<T> refused() {
        return Outcome.refused(Outcome.Reason.FORBIDDEN, "test.non_utilise", "Non utilisé par ce test.");
    }

    static WebDependencies with(fr.portailpartenaires.application.port.in.CheckHealth health) {
        UnusedUseCases unused = new UnusedUseCases();
        UnusedConventionUseCases conventions = new UnusedConventionUseCases();
        return new WebDependencies(health, unused, unused, unused, unused, unused, unused, unused, unused,
                conventions, conventions, conventions, unused, unused, unused, unused,
                UnusedHabitatUseCases.INSTANCE, UnusedHabitatUseCases.INSTANCE, UnusedHabitatUseCases.INSTANCE,
                new UnusedAfasUseCases(), new UnusedAfasUseCases(), unused, unused, unused,
                MetricsEndpoint.disabled());
    }

    @Override
    public List<Item> regimes() {
        return List.of();
    }

    @Override
    public List<Item> caisses(String regime) {
        return List.of();
    }

    @Override
    public List<Item> partnerTypes() {
        return List.of();
    }

    @Override
    public Captcha issue() {
        return new Captcha(UUID.randomUUID(), new byte[0]);
    }

    @Override
    public Captcha refresh(UUID previous) {
        return issue();
    }

    @Override
    public Outcome<Submitted> register(RegistrationForm form, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<List<PendingRegistration>> pending(Principal principal, Optional<RegistrationId> after, int limit) {
        return refused();
    }

    @Override
    public Outcome<Validated> validate(Principal principal, RegistrationId id, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<Invalidated> invalidate(Principal principal, RegistrationId id, String motif, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<LoggedIn> login(String login, String password, String sourceAddress) {
        return refused();
    }

    @Override
    public Optional<Principal> resolve(String sessionId) {
        return Optional.empty();
    }

    @Override
    public void logout(Principal principal, String sourceAddress) {
        throw new UnsupportedOperationException("nobody is logged in");
    }

    @Override
    public Outcome<LoggedIn> changePassword(Principal principal, String currentPassword, String newPassword,
            String confirmation, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<PartnerView> view(Principal principal) {
        return refused();
    }

    @Override
    public Outcome<PartnerDetails> details(Principal principal) {
        return refused();
    }

    @Override
    public Outcome<PartnerDetails> modifyData(Principal principal, PartnerDataForm form, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<PartnerDetails> modifyAddress(Principal principal, AddressForm form, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<List<UserView>> list(Principal principal) {
        return refused();
    }

    @Override
    public Outcome<UserView> create(Principal principal, NewUserForm form, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<UserView> modify(Principal principal, UserId user, UserForm form, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<UserView> grantAdministration(Principal principal, UserId user, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<UserView> revokeAdministration(Principal principal, UserId user, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<Deleted> delete(Principal principal, UserId user, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<UserView> resendLogin(Principal principal, UserId user, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<Requested> request(Request request, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<LoggedIn> accept(Principal principal, String version, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<Sent> send(ContactForm form, Optional<Principal> sender, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<LinkSent> request(Principal principal, EmailChangeForm form, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<Confirmed> confirm(String token, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<List<InvoiceView>> invoices(Principal caisseAdministrator) {
        return refused();
    }

    @Override
    public Outcome<InvoiceDetail> invoice(Principal caisseAdministrator, UUID invoiceId) {
        return refused();
    }

    @Override
    public Outcome<PaymentView> recordPayment(Principal caisseAdministrator, UUID invoiceId, PaymentForm form,
            String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<List<SlipSummary>> slips(Principal partnerUser) {
        return refused();
    }

    @Override
    public Outcome<PaymentSlip> download(Principal partnerUser, UUID slipId, SlipFormat format, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<Page> search(Principal principal, Criteria criteria) {
        return refused();
    }
}
