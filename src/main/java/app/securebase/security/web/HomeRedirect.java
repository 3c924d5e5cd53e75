package app.securebase.security.web;

import app.securebase.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code /index.xhtml}: each role has its own home; visitors who are not signed in go to sign-in. */
@Named
@RequestScoped
public class HomeRedirect {

    @Inject
    CurrentUser currentUser;

    public String redirect() {
        return currentUser.home().map(home -> home + "index").orElse("/login") + "?faces-redirect=true";
    }
}
