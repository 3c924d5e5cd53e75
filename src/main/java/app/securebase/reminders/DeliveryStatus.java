package app.securebase.reminders;

/** Where one client's reminder email for one local day stands ({@link ReminderDelivery}). */
public enum DeliveryStatus {
    /** Claimed by a run that is sending it, or that stopped while sending: never sent again, it may have gone out. */
    CLAIMED,
    SENT,
    /** The SMTP server did not take it; a later run the same local day may claim it again ({@link ReminderRule}). */
    FAILED
}
