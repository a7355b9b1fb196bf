package fr.portailpartenaires.adapters.web;

import fr.portailpartenaires.application.port.in.DownloadHabitatDocuments;
import fr.portailpartenaires.application.port.in.ManageHabitatOrders;
import fr.portailpartenaires.application.port.in.Outcome;
import fr.portailpartenaires.application.port.in.Principal;
import fr.portailpartenaires.application.port.in.WorkOnHabitatFiles;
import java.util.UUID;

/** Habitat use cases a web test does not exercise: every command is refused. */
final class UnusedHabitatUseCases implements ManageHabitatOrders, WorkOnHabitatFiles, DownloadHabitatDocuments {

    static final UnusedHabitatUseCases INSTANCE = new UnusedHabitatUseCases();

    private static <T> Outcome<T> refused() {
        return Outcome.refused(Outcome.Reason.FORBIDDEN, "test.non_utilise", "Non utilisé par ce test.");
    }

    @Override
    public Outcome<CreatedOrder> createOrder(Principal principal, OrderForm form, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<FileView> recordDecision(Principal principal, UUID orderId, DecisionForm form,
            String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<OrderPage> list(Principal principal, ListRequest request) {
        return refused();
    }

    @Override
    public Outcome<FileView> file(Principal principal, UUID orderId) {
        return refused();
    }

    @Override
    public Outcome<FileView> createCertificate(Principal principal, UUID orderId, CertificateForm form,
            String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<FileView> modifyCertificate(Principal principal, UUID orderId, CertificateForm form,
            String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<FileView> deleteCertificate(Principal principal, UUID orderId, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<FileView> transmit(Principal principal, UUID orderId, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<FileView> declareSansSuite(Principal principal, UUID orderId, SansSuiteForm form,
            String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<HabitatDocument> document(Principal principal, UUID orderId, Kind kind, String sourceAddress) {
        return refused();
    }
}
