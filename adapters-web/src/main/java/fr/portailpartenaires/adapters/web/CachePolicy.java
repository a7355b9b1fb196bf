package fr.portailpartenaires.adapters.web;

import io.javalin.http.Context;

/**
 * What caches — the browser's, a proxy's — may keep of the API's answers. Nothing by default: {@code no-store} is set
 * on every {@code /api} answer before its handler runs, and again on every problem, because most answers carry
 * personal data (a partner's users, the NIRs of habitat orders) and a new route must not have to think of it. The
 * explicit opt-out is {@link #publicReferenceData}: the reference lists, the same for everyone, for a few minutes.
 */
public final class CachePolicy {

    static final String HEADER = "Cache-Control";
    static final String NO_STORE = "no-store";
    /** Five minutes: a list an operator changes reaches every browser soon after. */
    static final String PUBLIC_BRIEFLY = "public, max-age=300";

    private CachePolicy() {
    }

    /** Public reference data (régimes, caisses, partner types), which any cache may keep for five minutes. */
    public static void publicReferenceData(Context ctx) {
        ctx.header(HEADER, PUBLIC_BRIEFLY);
    }

    /** The default of the API's answers, set before the handler runs. */
    static void noStoreOnTheApi(Context ctx) {
        if (isApi(ctx.path())) {
            noStore(ctx);
        }
    }

    static void noStore(Context ctx) {
        ctx.header(HEADER, NO_STORE);
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
