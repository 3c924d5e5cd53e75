package app.securebase.psychoed;

/** Only PUBLISHED modules appear in the library; ARCHIVED ones stay readable for clients who were assigned them. */
public enum ModuleStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
