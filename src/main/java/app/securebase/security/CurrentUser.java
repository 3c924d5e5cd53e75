package app.securebase.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * The signed-in account of this request, looked up once per request from the caller name Jakarta Security holds.
 */
@Named
@RequestScoped
public class CurrentUser {

    /** The request's principal is also set while an error page is rendered, unlike SecurityContext's. */
    @Inject
    HttpServletRequest request;

    @Inject
    AccountService accounts;

    private Optional<Account> account;

    public Optional<Account> account() {
        if (account == null) {
            Principal caller = request.getUserPrincipal();
            account = caller == null ? Optional.empty() : accounts.findSignedIn(caller.getName());
        }
        return account;
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    public String getDisplayName() {
        return account().map(Account::getDisplayName).orElse("");
    }

    public Role getRole() {
        return account().map(Account::getRole).orElse(null);
    }

    /** Admins and clinicians: the people who may (or must) use a second factor. */
    public boolean isStaff() {
        return account().map(a -> a.getRole() != Role.CLIENT).orElse(false);
    }

    /** Resource-bundle key of the role's name, e.g. {@code common.role.CLINICIAN}; empty when signed out. */
    public String getRoleKey() {
        return account().map(a -> "common.role." + a.getRole().name()).orElse("");
    }

    /** The home of the signed-in user's role, or empty when nobody is signed in. */
    public Optional<String> home() {
        return account().map(a -> a.getRole().home());
    }
}
