package fr.portailpartenaires.application.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The old and new values of the fields a use case changed, written as audit details
 * ({@code nom.ancien}, {@code nom.nouveau}) within the limits of an {@link AuditEvent}: a value that
 * looks like a NIR is masked, a long one is cut, and when more fields changed than one event can
 * carry, the changes are spread over several events numbered {@code partie = 1/2, 2/2}.
 */
public final class AuditedChanges {

    public static final String EMPTY = "(vide)";
    public static final String MASKED = "(masqué)";
    /** Fields per event: two details each, plus the part number, within {@link AuditEvent#MAX_DETAILS}. */
    public static final int FIELDS_PER_EVENT = (AuditEvent.MAX_DETAILS - 1) / 2;

    private final Map<String, String[]> changes = new LinkedHashMap<>();

    /** Records the field if its value changed ({@code null} and empty are the same: no value). */
    public AuditedChanges field(String name, String before, String after) {
        String old = before == null ? "" : before;
        String now = after == null ? "" : after;
        if (!old.equals(now)) {
            changes.put(name, new String[] {old, now});
        }
        return this;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changed fields' names, in the order they were given. */
    public List<String> fields() {
        return List.copyOf(changes.keySet());
    }

    /** The event with the changes as details, split over as many events as needed (at least one). */
    public List<AuditEvent> events(AuditEvent event) {
        List<Map.Entry<String, String[]>> all = new ArrayList<>(changes.entrySet());
        int parts = Math.max(1, (all.size() + FIELDS_PER_EVENT - 1) / FIELDS_PER_EVENT);
        List<AuditEvent> events = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            AuditEvent withDetails = parts > 1 ? event.withDetail("partie", (part + 1) + "/" + parts) : event;
            for (var change : all.subList(part * FIELDS_PER_EVENT, Math.min(all.size(), (part + 1) * FIELDS_PER_EVENT))) {
                withDetails = withDetails
                        .withDetail(change.getKey() + ".ancien", safe(change.getValue()[0]))
                        .withDetail(change.getKey() + ".nouveau", safe(change.getValue()[1]));
            }
            events.add(withDetails);
        }
        return events;
    }

    /** A text the trail accepts: never a NIR-like value, never longer than a detail may be. */
    public static String safe(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            return EMPTY;
        }
        String cut = value.length() <= AuditEvent.MAX_DETAIL_VALUE_LENGTH
                ? value
                : value.substring(0, AuditEvent.MAX_DETAIL_VALUE_LENGTH - 1) + "…";
        return AuditEvent.looksLikeNir(cut) ? MASKED : cut;
    }
}
