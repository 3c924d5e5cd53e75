package app.securebase.psychoed;

/** Where a client is with an assigned module. */
public enum ReadingStatus {
    /** Given to the client, not opened yet ("new" to the client). */
    ASSIGNED,
    /** Opened at least once, not marked read ("in progress"). */
    OPENED,
    /** Marked read by the client; the reflection answers are final. */
    READ,
    /** Taken back by the clinician before it was read. */
    WITHDRAWN
}
