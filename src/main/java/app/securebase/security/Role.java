package app.securebase.security;

/**
 * The three audiences of SecureBase. Each has its own folder of pages ({@code /admin/}, {@code /clinician/},
 * {@code /client/}) closed to the others in {@code web.xml}.
 */
public enum Role {
    ADMIN("/admin/"),
    CLINICIAN("/clinician/"),
    CLIENT("/client/");

    /** Same names as the enum constants, for {@code @RolesAllowed} and {@code @DeclareRoles}. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String CLINICIAN_NAME = "CLINICIAN";
    public static final String CLIENT_NAME = "CLIENT";

    private final String home;

    Role(String home) {
        this.home = home;
    }

    /** The context-relative path of this role's home page. */
    public String home() {
        return home;
    }
}
