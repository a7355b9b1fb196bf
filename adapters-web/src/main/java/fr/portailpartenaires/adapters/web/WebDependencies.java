package fr.portailpartenaires.adapters.web;

import fr.portailpartenaires.application.port.in.AcceptUsageRules;
import fr.portailpartenaires.application.port.in.AdministerAfasConventions;
import fr.portailpartenaires.application.port.in.AdministerMyPartner;
import fr.portailpartenaires.application.port.in.Authenticate;
import fr.portailpartenaires.application.port.in.BrowseReferenceData;
import fr.portailpartenaires.application.port.in.ChangeMyEmail;
import fr.portailpartenaires.application.port.in.CheckHealth;
import fr.portailpartenaires.application.port.in.ContactAssistance;
import fr.portailpartenaires.application.port.in.DownloadHabitatDocuments;
import fr.portailpartenaires.application.port.in.ForgottenPassword;
import fr.portailpartenaires.application.port.in.IssueCaptcha;
import fr.portailpartenaires.application.port.in.ManageHabitatOrders;
import fr.portailpartenaires.application.port.in.ManagePartnerUsers;
import fr.portailpartenaires.application.port.in.ManageAfasHabilitations;
import fr.portailpartenaires.application.port.in.ManageConventions;
import fr.portailpartenaires.application.port.in.ManageInvoices;
import fr.portailpartenaires.application.port.in.PaymentSlips;
import fr.portailpartenaires.application.port.in.SearchExchangeHistory;
import fr.portailpartenaires.application.port.in.RegisterPartner;
import fr.portailpartenaires.application.port.in.ReviewConventionRequests;
import fr.portailpartenaires.application.port.in.ReviewRegistrations;
import fr.portailpartenaires.application.port.in.SelectConvention;
import fr.portailpartenaires.application.port.in.ViewMyPartner;
import fr.portailpartenaires.application.port.in.WorkOnHabitatFiles;
import java.util.Objects;

/** The use cases the HTTP adapter serves, handed over by the wiring in {@code bootstrap}. */
public record WebDependencies(CheckHealth health, BrowseReferenceData referenceData, IssueCaptcha captcha,
        RegisterPartner registration, ReviewRegistrations review, Authenticate authenticate, ViewMyPartner myPartner,
        AdministerMyPartner partnerAdministration, ManagePartnerUsers partnerUsers,
        ManageConventions conventions, ReviewConventionRequests conventionReview, SelectConvention conventionSelection,
        ForgottenPassword forgottenPassword, AcceptUsageRules usageRules, ContactAssistance contact,
        ChangeMyEmail emailChange,
        ManageHabitatOrders habitatOrders, WorkOnHabitatFiles habitatFiles, DownloadHabitatDocuments habitatDocuments,
        AdministerAfasConventions afasConventions, ManageAfasHabilitations afasHabilitations,
        ManageInvoices invoices, PaymentSlips paymentSlips, SearchExchangeHistory exchangeHistory,
        MetricsEndpoint metrics) {

    public WebDependencies {
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(referenceData, "referenceData");
        Objects.requireNonNull(captcha, "captcha");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(myPartner, "myPartner");
        Objects.requireNonNull(partnerAdministration, "partnerAdministration");
        Objects.requireNonNull(partnerUsers, "partnerUsers");
        Objects.requireNonNull(conventions, "conventions");
        Objects.requireNonNull(conventionReview, "conventionReview");
        Objects.requireNonNull(conventionSelection, "conventionSelection");
        Objects.requireNonNull(forgottenPassword, "forgottenPassword");
        Objects.requireNonNull(usageRules, "usageRules");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(emailChange, "emailChange");
        Objects.requireNonNull(habitatOrders, "habitatOrders");
        Objects.requireNonNull(habitatFiles, "habitatFiles");
        Objects.requireNonNull(habitatDocuments, "habitatDocuments");
        Objects.requireNonNull(afasConventions, "afasConventions");
        Objects.requireNonNull(afasHabilitations, "afasHabilitations");
        Objects.requireNonNull(invoices, "invoices");
        Objects.requireNonNull(paymentSlips, "paymentSlips");
        Objects.requireNonNull(exchangeHistory, "exchangeHistory");
        Objects.requireNonNull(metrics, "metrics");
    }
}
