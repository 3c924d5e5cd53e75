package app.securebase.homework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The built-in exercise files on the classpath. They are listed in {@code exercises/index.txt} rather than found by
 * scanning, because a classpath folder cannot be listed reliably inside a deployed WAR; a unit test keeps the index
 * and the folder in step. The start-up loader that stores them as versioned templates builds on this.
 */
public final class BuiltInExercises {

    static final String FOLDER = "/app/securebase/homework/exercises/";

    private BuiltInExercises() {
    }

    /** The file names in the index, in library order. */
    public static List<String> index() {
        return read("index.txt").lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public static String read(String fileName) {
        try (InputStream in = BuiltInExercises.class.getResourceAsStream(FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalStateException("Missing built-in exercise file " + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every built-in exercise, parsed; a broken file fails with a message naming it. */
    public static List<ExerciseFile> all() {
        return index().stream().map(name -> ExerciseFile.parse(name, read(name))).toList();
    }
}
