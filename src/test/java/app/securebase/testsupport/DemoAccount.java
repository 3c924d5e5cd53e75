package app.securebase.testsupport;

/**
 * The demo accounts as README documents them. Kept apart from the application's own list on purpose: if one changes
 * without the other (and the README), the browser tests fail.
 */
public enum DemoAccount {
    ADMIN("admin@securebase.test", "admin-demo-password", "Morgan Admin", "/admin/"),
    CLINICIAN("dr.rivera@securebase.test", "clinician-demo-password", "Dr. Ana Rivera", "/clinician/"),
    OTHER_CLINICIAN("dr.chen@securebase.test", "clinician-demo-password", "Dr. Sam Chen", "/clinician/"),
    CLIENT("jordan@securebase.test", "client-demo-password", "Jordan Lee", "/client/");

    public final String email;
    public final String password;
    public final String displayName;
    public final String home;

    DemoAccount(String email, String password, String displayName, String home) {
        this.email = email;
        this.password = password;
        this.displayName = displayName;
        this.home = home;
    }
}
