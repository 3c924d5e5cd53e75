package app.securebase.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.homework.web.EntryBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What view-scoped beans keep between requests. Such a bean lives in the session for as long as its page is among the
 * session's last views, and a JPA entity in one of its fields also keeps, through EclipseLink's lazy-loading value
 * holders, the unit of work that read it and everything that request read (issue 8 counted about 5,600 units of work
 * alive with 600 sessions). Beans keep ids and plain values instead.
 *
 * <p>The beans listed in {@link #NOT_YET} still hold entities; the list may only shrink. A bean that is changed to
 * hold plain values comes off it, and no new bean goes on it.
 */
class ViewScopedStateTest {

    /** Fields that still hold an entity, as {@code Bean.field}. */
    private static final Set<String> NOT_YET = Set.of("AssignBacking.clients", "AssignBacking.modules",
            "AssignExerciseBacking.clients", "AssignExerciseBacking.exercises", "ClientBacking.client",
            "ClientHomeworkBacking.assignments", "ClientHomeworkBacking.occurrences", "ClientNotesBacking.unsigned",
            "ClientReadingBacking.reading", "ClientStoryBacking.story", "ClientStoryBacking.written",
            "DraftPreviewBacking.draft", "ExercisePreviewBacking.exercise", "HistoryBacking.shown",
            "MyExercisesBacking.exercises", "NoteEditorBacking.note", "ReviewBacking.occurrence");

    @Test
    void viewScopedBeansKeepNoEntities() throws IOException, URISyntaxException {
        Set<String> holding = new TreeSet<>();
        for (Class<?> bean : viewScopedBeans()) {
            for (Field field : bean.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                // An injected bean of a normal scope is a client proxy, which holds nothing itself.
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
                        && !field.isAnnotationPresent(Inject.class) && mentionsEntity(field.getGenericType())) {
                    holding.add(bean.getSimpleName() + "." + field.getName());
                }
            }
        }
        assertEquals(new TreeSet<>(NOT_YET), holding, "view-scoped fields holding a JPA entity (keep ids or plain"
                + " values instead; take a bean off NOT_YET once it does)");
    }

    @Test
    void theScanFindsTheHomeworkForm() throws IOException, URISyntaxException {
        assertTrue(viewScopedBeans().contains(EntryBacking.class));
    }

    private static boolean mentionsEntity(Type type) {
        return mentionsEntity(type, new HashSet<>());
    }

    /**
     * Whether a value of this type can hold an entity: the type is one, names one in its type arguments, or is one of
     * the application's own classes (a record, a row of a list) with a field that can.
     */
    private static boolean mentionsEntity(Type type, Set<Class<?>> seen) {
        if (type instanceof Class<?> plain) {
            if (plain.isArray()) {
                return mentionsEntity(plain.getComponentType(), seen);
            }
            if (plain.isAnnotationPresent(Entity.class)) {
                return true;
            }
            if (!plain.getName().startsWith("app.securebase.") || plain.isEnum() || !seen.add(plain)) {
                return false;
            }
            return Arrays.stream(plain.getDeclaredFields())
                    .filter(field -> !Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
                            && !field.isAnnotationPresent(Inject.class))
                    .anyMatch(field -> mentionsEntity(field.getGenericType(), seen));
        }
        if (type instanceof ParameterizedType generic) {
            return mentionsEntity(generic.getRawType(), seen) || Arrays.stream(generic.getActualTypeArguments())
                    .anyMatch(argument -> mentionsEntity(argument, seen));
        }
        if (type instanceof GenericArrayType array) {
            return mentionsEntity(array.getGenericComponentType(), seen);
        }
        return false;
    }

    /** Every {@code @ViewScoped} class of the application, from its compiled classes. */
    private static Set<Class<?>> viewScopedBeans() throws IOException, URISyntaxException {
        Path classes = Path.of(EntryBacking.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<Class<?>> beans = new HashSet<>();
        try (Stream<Path> files = Files.walk(classes.resolve("app/securebase"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = load(name);
                if (type != null && type.isAnnotationPresent(ViewScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ViewScopedStateTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError unloadable) {
            return null;
        }
    }
}
