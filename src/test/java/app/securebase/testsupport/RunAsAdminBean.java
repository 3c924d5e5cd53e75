package app.securebase.testsupport;

import app.securebase.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/** Runs work with the ADMIN role for {@link AsAdmin}; never throws (see {@link RunAsAttempt}). */
@Stateless
@RunAs(Role.ADMIN_NAME)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RunAsAdminBean {

    public RunAsAttempt attempt(Callable<?> work) {
        return RunAsAttempt.of(work);
    }
}
