package app.securebase.testsupport;

import app.securebase.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/** Runs work with the CLIENT role for {@link AsClient}; never throws (see {@link RunAsAttempt}). */
@Stateless
@RunAs(Role.CLIENT_NAME)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RunAsClientBean {

    public RunAsAttempt attempt(Callable<?> work) {
        return RunAsAttempt.of(work);
    }
}
