package app.securebase.tracking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.concurrent.Callable;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends while a piece of work runs on the calling thread (its
 * {@code preExecuteCall} event fires once per statement). Test deployment only.
 */
@ApplicationScoped
public class StatementCounter {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    @PersistenceUnit
    EntityManagerFactory emf;

    private volatile boolean listening;

    public record Counted<T>(T value, int statements) {
    }

    public <T> Counted<T> count(Callable<T> work) throws Exception {
        listen();
        int[] count = {0};
        COUNT.set(count);
        try {
            T value = work.call();
            return new Counted<>(value, count[0]);
        } finally {
            COUNT.remove();
        }
    }

    private synchronized void listen() {
        if (!listening) {
            emf.unwrap(Session.class).getEventManager().addListener(new SessionEventAdapter() {
                @Override
                public void preExecuteCall(SessionEvent event) {
                    int[] count = COUNT.get();
                    if (count != null) {
                        count[0]++;
                    }
                }
            });
            listening = true;
        }
    }
}
