package app.securebase.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Test helper deployed with {@link AuditTrailIT}: a caller whose own transaction fails after recording a denial. */
@Stateless
@PermitAll
public class RollingBackCaller {

    @Inject
    AuditService audit;

    @Resource
    SessionContext context;

    public void denyAndRollBack(String detail) {
        audit.record(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, "CLIENT", 424242L, detail);
        context.setRollbackOnly();
    }
}
