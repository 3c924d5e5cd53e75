package app.securebase.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where signing in continues: the page asked for, but only inside this application. */
class SignInCompletionTest {

    @Test
    void thePageAskedForIsResumedWithItsQuery() {
        assertEquals(Optional.of("/clinician/client.xhtml?id=42"),
                SignInCompletion.localTarget("https://sb.example.org/clinician/client.xhtml?id=42", ""));
        assertEquals(Optional.of("/app/client/index.xhtml"),
                SignInCompletion.localTarget("http://127.0.0.1:8080/app/client/index.xhtml", "/app"));
    }

    @Test
    void nothingOutsideTheApplicationIsResumed() {
        assertEquals(Optional.empty(), SignInCompletion.localTarget("https://sb.example.org/other/page", "/app"));
        assertEquals(Optional.empty(), SignInCompletion.localTarget("https://sb.example.org//evil.example/x", ""));
        assertEquals(Optional.empty(), SignInCompletion.localTarget("https://sb.example.org/a/../../x", ""));
        assertEquals(Optional.empty(), SignInCompletion.localTarget("not a url", ""));
    }
}
