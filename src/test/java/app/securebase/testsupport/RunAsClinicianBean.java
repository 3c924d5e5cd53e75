package app.securebase.testsupport;

import app.securebase.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/** Runs work with the CLINICIAN role for {@link AsClinician}; never throws (see {@link RunAsAttempt}). */
@Stateless
@RunAs(Role.CLINICIAN_NAME)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RunAsClinicianBean {

    public RunAsAttempt attempt(Callable<?> work) {
        return RunAsAttempt.of(work);
    }
}
