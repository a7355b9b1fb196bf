package fr.portailpartenaires.domain.shared;

import java.lang.reflect.RecordComponent;

/**
 * The null checks of a record's compact constructor, said once: {@code Components.required(Grant.class, id, user,
 * role, …)} instead of one {@code Objects.requireNonNull} per component. The values are the record's components, all
 * of them and in their order (a primitive one is passed boxed): a missing or misplaced one is a bug and fails at the
 * first construction, where a forgotten {@code requireNonNull} went unnoticed.
 */
public final class Components {

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private Components() {
    }

    /**
     * Checks that every component of a record under construction is given.
     *
     * @param type   the record
     * @param values its components, in their order
     * @throws NullPointerException     naming the first component that is {@code null}, as
     *                                  {@code Objects.requireNonNull(value, "name")} does
     * @throws IllegalArgumentException when {@code values} are not the record's components (a bug in the record)
     */
    public static void required(Class<? extends Record> type, Object... values) {
        RecordComponent[] components = COMPONENTS.get(type);
        if (components.length != values.length) {
            throw new IllegalArgumentException(type.getSimpleName() + " has " + components.length
                    + " components, " + values.length + " checked");
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new NullPointerException(components[i].getName());
            }
            Class<?> declared = components[i].getType();
            if (!declared.isPrimitive() && !declared.isInstance(values[i])) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + components[i].getName()
                        + " checked with a " + values[i].getClass().getSimpleName());
            }
        }
    }
}
