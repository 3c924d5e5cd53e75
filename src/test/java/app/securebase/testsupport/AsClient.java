package app.securebase.testsupport;

import app.securebase.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test helper for in-container tests deployed with {@link Deployments#realWarWithRunAs}: runs code with the CLIENT role (as TestData.runAsClient() once that account exists). */
@Stateless
@RunAs(Role.CLIENT_NAME)
@PermitAll
public class AsClient {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
