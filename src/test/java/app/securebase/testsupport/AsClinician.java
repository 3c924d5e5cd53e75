package app.securebase.testsupport;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;

/**
 * Test helper for in-container tests deployed with {@link Deployments#realWarWithRunAs}: runs code with the CLINICIAN
 * role, as a signed-in user's call would. Each service call inside commits on its own; what the work throws is
 * rethrown here, outside the run-as bean (see {@link RunAsAttempt}).
 */
@Dependent
public class AsClinician {

    @Inject
    RunAsClinicianBean bean;

    public <T> T call(Callable<T> work) throws Exception {
        return bean.attempt(work).get();
    }
}
