package app.securebase.audit;

import app.securebase.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test helper deployed with {@link AuditTrailIT}: runs code with the CLINICIAN role. */
@Stateless
@RunAs(Role.CLINICIAN_NAME)
@PermitAll
public class AsClinician {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
