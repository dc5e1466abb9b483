package echanges.forum.rules;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** The defaults with one component changed, so that each test names only what it changes. */
final class Settings {

    private Settings() {
    }

    static ForumSettings defaultsWith(String component, Object value) {
        RecordComponent[] components = ForumSettings.class.getRecordComponents();
        if (Arrays.stream(components).noneMatch(c -> c.getName().equals(component)))
            throw new IllegalArgumentException("ForumSettings has no component " + component);
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(ForumSettings.DEFAULTS);
            }
            Constructor<ForumSettings> canonical = ForumSettings.class.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw new IllegalStateException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
