package app.securebase.reminders.web;

import app.securebase.platform.web.LocalTimes;
import app.securebase.platform.web.PartialResponses;
import app.securebase.platform.web.Texts;
import app.securebase.reminders.ReminderService;
import app.securebase.reminders.WaitingItem;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Logger;

/**
 * The notifications in the client's header ({@code WEB-INF/includes/notifications.xhtml}): how much homework is
 * waiting (due today or earlier and still open) and a short list linking to each entry.
 *
 * <p>One statement per page: the first {@value #SHOWN} + 1 items are read once; only a client with more than that
 * waiting costs a second statement, to count them. If neither can be read the control is left out: a page is never
 * lost to its header.
 */
@Named("notifications")
@RequestScoped
public class ClientNotifications {

    /** How many items the list shows; the rest are on Today. */
    static final int SHOWN = 5;

    private static final Logger LOG = Logger.getLogger(ClientNotifications.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    ReminderService reminders;

    @Inject
    LocalTimes when;

    private List<WaitingItem> items;
    private long count;
    private boolean available;
    private final Instant now = Instant.now();

    private void load() {
        if (items != null) {
            return;
        }
        try {
            List<WaitingItem> read = reminders.waiting(SHOWN + 1);
            count = read.size() <= SHOWN ? read.size() : reminders.waitingCount();
            items = read.size() <= SHOWN ? read : read.subList(0, SHOWN);
            available = true;
        } catch (EJBException notNow) {
            // EJBAccessException on the first page after sign-in (see homework.web.UnreviewedBadge), or a database
            // problem: no notifications beat no page.
            LOG.fine(() -> "notifications not available on this request: " + notNow);
            items = List.of();
            count = 0;
            available = false;
        }
    }

    /**
     * Whether the control is shown at all. Never on an ajax request (which does not re-render the header): reading
     * the list there would only answer Faces' visit of the header.
     */
    public boolean isAvailable() {
        if (PartialResponses.isPartial()) {
            return false;
        }
        load();
        return available;
    }

    public long getCount() {
        load();
        return count;
    }

    public List<WaitingItem> getItems() {
        load();
        return items;
    }

    /** How many are waiting beyond the list. */
    public long getMore() {
        load();
        return count - items.size();
    }

    /** What a screen reader says for the control: "3 things waiting for you". */
    public String getLabel() {
        return Texts.get("reminders.notifications.label", getCount());
    }

    /**
     * When an item is for, on the client's clock, without blame: "Today, by 21:00", or once that time has passed
     * "From Tue 3 Nov 2026, still there whenever you are ready" (the day Today lists it under "Still open").
     */
    public String dueText(WaitingItem item) {
        if (item.isEarlier(now)) {
            return Texts.get("reminders.notifications.from", when.date(item.dueDay()));
        }
        return Texts.get("reminders.notifications.dueToday", TIME.format(item.dueAt().atZone(when.zone())));
    }
}
