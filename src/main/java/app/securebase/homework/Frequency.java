package app.securebase.homework;

/** How often an assigned exercise comes due. */
public enum Frequency {
    /** Once, on a due date. */
    ONCE,
    /** Every day. */
    DAILY,
    /** On chosen days of the week. */
    WEEKLY
}
