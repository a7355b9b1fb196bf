package fr.portailpartenaires.bench;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.ACCOUNT;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CAISSE;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CONVENTION;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.PARTNER;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.WEB_SESSION;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.zaxxer.hikari.HikariDataSource;
import fr.portailpartenaires.adapters.persistence.DataSources;
import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.convention.JooqConventions;
import fr.portailpartenaires.adapters.persistence.account.JooqAccounts;
import fr.portailpartenaires.adapters.persistence.partner.JooqPartners;
import fr.portailpartenaires.adapters.persistence.JooqReferenceData;
import fr.portailpartenaires.adapters.persistence.account.JooqSessionStore;
import fr.portailpartenaires.adapters.persistence.jooq.tables.records.PartnerRecord;
import fr.portailpartenaires.adapters.persistence.jooq.tables.records.WebSessionRecord;
import fr.portailpartenaires.application.shared.SessionState;
import fr.portailpartenaires.application.shared.SubjectKind;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.shared.Siret;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The baseline of the read benchmark, run in its own JVM like the portal: a plain Javalin app whose
 * handler runs, with jOOQ straight on the pool, the SQL the portal runs for {@code GET /api/partenaire}
 * and writes a similar JSON, without the portal's layers (ports, use case, domain objects, outcome
 * translation, request guard, security headers).
 *
 * <ul>
 *   <li>{@code GET /bare/partner}: session row by the SHA-256 of the {@code bare_session} cookie, then
 *       the partner row joined with the viewer's account row (its administrator flag), and its conventions
 *       joined with their caisse — the three statements of the portal's request (JooqSessionStore.find,
 *       then JooqPartnerViews: the portal's read model);</li>
 *   <li>{@code GET /bare/partners/{id}}: the same without the session lookup (two statements).</li>
 * </ul>
 *
 * Its database is its own H2 file database (the portal's cannot be opened by two processes), with the
 * same options and pool as the service's embedded default, and the same partner and convention as the
 * demo data. When ready it prints {@code BARE READY port=… session=… partner=…}.
 */
public final class BarePartnerServer {

    static final String COOKIE = "bare_session";
    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    private static final UUID NOBODY = new UUID(0, 0);

    private final DSLContext dsl;

    private BarePartnerServer(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** @param args the folder of its database */
    public static void main(String[] args) {
        HikariDataSource dataSource = DataSources.h2File(Path.of(args[0]).resolve("bare"));
        Database database = Database.on(dataSource);
        database.migrate();
        Clock clock = Clock.systemUTC();
        Seed seed = seed(database, clock);

        DSLContext dsl = DSL.using(dataSource, SQLDialect.H2, new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false));
        BarePartnerServer server = new BarePartnerServer(dsl);
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.routes.get("/bare/partner", server::withSession);
            config.routes.get("/bare/partners/{id}", server::withoutSession);
        }).start("127.0.0.1", 0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            dataSource.close();
        }, "bare-shutdown"));
        System.out.println("BARE READY port=" + app.port() + " session=" + seed.sessionId() + " partner=" + seed.partner());
    }

    private void withSession(Context ctx) {
        String id = ctx.cookie(COOKIE);
        WebSessionRecord session = id == null ? null
                : dsl.selectFrom(WEB_SESSION).where(WEB_SESSION.ID_HASH.eq(sha256(id))).fetchOne();
        if (session == null || Duration.between(session.getLastSeenAt().toInstant(), Instant.now()).compareTo(IDLE_TIMEOUT) >= 0) {
            ctx.status(401);
            return;
        }
        answer(ctx, UUID.fromString(session.getScope()), Optional.of(UUID.fromString(session.getSubject())));
    }

    private void withoutSession(Context ctx) {
        answer(ctx, UUID.fromString(ctx.pathParam("id")), Optional.empty());
    }

    private void answer(Context ctx, UUID partnerId, Optional<UUID> user) {
        Record row = dsl.select(PARTNER.fields()).select(ACCOUNT.ADMINISTRATOR)
                .from(PARTNER)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(user.orElse(NOBODY)).and(ACCOUNT.PARTNER_ID.eq(PARTNER.ID)))
                .where(PARTNER.ID.eq(partnerId))
                .fetchOne();
        if (row == null) {
            ctx.status(404);
            return;
        }
        PartnerRecord partner = row.into(PARTNER);
        LocalDate today = LocalDate.now();
        List<ConventionJson> conventions = dsl
                .select(CONVENTION.ID, CONVENTION.CODE, CONVENTION.PARTNER_TYPE, CONVENTION.STATUS,
                        CONVENTION.DATE_CLOTURE, CAISSE.REGIME_CODE, CAISSE.LIBELLE)
                .from(CONVENTION).join(CAISSE).on(CAISSE.CODE.eq(CONVENTION.CAISSE_CODE))
                .where(CONVENTION.PARTNER_ID.eq(partnerId))
                .orderBy(CONVENTION.REQUESTED_AT, CONVENTION.ID)
                .fetch(c -> new ConventionJson(c.get(CONVENTION.ID), c.get(CAISSE.REGIME_CODE),
                        c.get(CAISSE.LIBELLE), c.get(CONVENTION.CODE), c.get(CONVENTION.PARTNER_TYPE),
                        etat(c.get(CONVENTION.STATUS), c.get(CONVENTION.DATE_CLOTURE), today)));
        boolean administrator = Boolean.TRUE.equals(row.get(ACCOUNT.ADMINISTRATOR));
        ctx.json(new PartnerJson(partner.getId(), partner.getName(), partner.getSiret(), partner.getPhone(),
                partner.getEmail(), address(partner), conventions, administrator));
    }

    private static String etat(String status, LocalDate closure, LocalDate today) {
        return switch (status) {
            case "VALIDEE" -> closure != null && !today.isBefore(closure) ? "clôturée" : "validée";
            case "INVALIDEE" -> "invalidée";
            default -> "en attente de validation";
        };
    }

    private static List<String> address(PartnerRecord partner) {
        List<String> lines = new ArrayList<>();
        lines.add(partner.getName());
        Optional.ofNullable(partner.getAddrMention()).ifPresent(lines::add);
        Optional.ofNullable(partner.getAddrBatiment()).ifPresent(lines::add);
        String street = String.join(" ", java.util.stream.Stream.of(partner.getAddrNumero(), partner.getAddrComplement(),
                partner.getAddrVoie()).filter(part -> part != null).toList());
        if (!street.isEmpty()) {
            lines.add(street);
        }
        Optional.ofNullable(partner.getAddrLieuDit()).ifPresent(lines::add);
        lines.add(partner.getAddrCodePostal() + " " + partner.getAddrCommune().toUpperCase(java.util.Locale.ROOT));
        return lines;
    }

    record PartnerJson(UUID id, String nom, String siret, String telephone, String email, List<String> adresse,
            List<ConventionJson> conventions, boolean administrateur) {
    }

    record ConventionJson(UUID id, String regime, String caisse, String code, String typePartenaire, String etat) {
    }

    private record Seed(String sessionId, UUID partner) {
    }

    /** The demo data's partner, its administrator and its convention (as DemoData loads them), and an open session. */
    private static Seed seed(Database database, Clock clock) {
        CaisseCode carsat = CaisseCode.of("CARSAT-NORD-PICARDIE");
        var referenceData = new JooqReferenceData(database, clock);
        referenceData.addConventionNumber(carsat, ConventionCode.of("757300"));
        PartnerId partnerId = PartnerId.random();
        UserId alex = UserId.random();
        Partner cielBleu = Partner.register(partnerId, PartnerName.of("Association Ciel Bleu"),
                Optional.of(Siret.of("12345678298741")), PhoneNumber.of("0302010509"),
                PostalAddress.builder().numero("107").complement("B").typeEtLibelleVoie("Esplanade de Madrid")
                        .codePostal("62000").commune("Arras").build(),
                new PartnerUser(alex, Login.of("Alex7"), LastName.of("GRIZZI"), FirstName.of("Alexandre"),
                        Optional.of(PhoneNumber.of("0302010509")), EmailAddress.of("alexandre.grizzi@cielbleu.example"), true));
        new JooqPartners(database, clock).add(cielBleu);
        new JooqAccounts(database, clock).openPartnerUser(partnerId, cielBleu.users().getFirst());
        Instant now = clock.instant();
        new JooqConventions(database).add(new Convention.Validee(new ConventionId(UUID.randomUUID()), partnerId.value(),
                new ConventionTerms(referenceData.caisse(carsat).orElseThrow(), ConventionCode.of("757300"),
                        PartnerType.STRUCTURE_EVALUATION), now, now, Optional.empty()));
        String sessionId = randomToken();
        new JooqSessionStore(database).save(sha256(sessionId), SessionState.opened(alex.value().toString(),
                SubjectKind.PARTNER_USER, partnerId.value().toString(), false, false, randomToken(), now));
        return new Seed(sessionId, partnerId.value());
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
