package app.securebase.psychoed;

/** Where a module comes from: the files shipped with SecureBase, or a clinician's own writing. */
public enum ModuleOrigin {
    BUILT_IN,
    CUSTOM
}
