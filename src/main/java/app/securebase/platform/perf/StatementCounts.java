package app.securebase.platform.perf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * The SQL statements each kind of request sends and the server CPU time it takes, for the load test (issue 8): off
 * unless {@code securebase.perf.countStatements=true}. EclipseLink's {@code preExecuteCall} fires once per statement
 * on the thread that runs it, and a request's EJB calls run on the request's thread, so a thread-local tally per
 * request is exact, and so is the thread's CPU time (not the database's, nor the time spent waiting). The kind of
 * request is named by the load test ({@link #KIND_HEADER}); the names are capped, so a client cannot grow this map
 * without bound.
 */
@ApplicationScoped
public class StatementCounts {

    /** The request header that names the kind of request (the load test's request name). */
    public static final String KIND_HEADER = "X-SecureBase-Request-Kind";

    static final int MAX_KINDS = 200;

    static final int MAX_SHAPES = 60;

    private static final int MAX_SQL_LENGTH = 400;

    private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();

    private static final ThreadLocal<Long> CPU_AT_BEGIN = new ThreadLocal<>();

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * Requests, statements in total, the fewest and most statements one request sent, how often each statement was
     * sent (its SQL with {@code ?} for every value, so no data), and the CPU time the requests' threads used in all,
     * in nanoseconds (the server's own cost of a kind of request, whatever the queueing around it).
     */
    public record Tally(long requests, long statements, long min, long max, Map<String, Long> shapes,
                        long cpuNanos) {
    }

    private final Map<String, Kind> kinds = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "securebase.perf.countStatements", defaultValue = "false")
    boolean enabled;

    @PersistenceUnit
    EntityManagerFactory emf;

    private volatile boolean listening;

    public boolean enabled() {
        return enabled;
    }

    /** Starts counting the statements the calling thread sends. */
    public void begin() {
        listen();
        CURRENT.set(new ArrayList<>());
        CPU_AT_BEGIN.set(THREADS.getCurrentThreadCpuTime());
    }

    /** Stops counting on the calling thread and adds its count to the {@code kind}'s tally. */
    public void end(String kind) {
        List<String> sent = CURRENT.get();
        Long cpuAtBegin = CPU_AT_BEGIN.get();
        CURRENT.remove();
        CPU_AT_BEGIN.remove();
        if (sent == null || kind == null || kind.isBlank()) {
            return;
        }
        long cpu = cpuAtBegin == null || cpuAtBegin < 0 ? 0 : THREADS.getCurrentThreadCpuTime() - cpuAtBegin;
        Kind tally = kinds.get(kind);
        if (tally == null) {
            if (kinds.size() >= MAX_KINDS) {
                return;
            }
            tally = kinds.computeIfAbsent(kind.length() > 120 ? kind.substring(0, 120) : kind, k -> new Kind());
        }
        tally.add(sent, cpu);
    }

    /** Every kind's tally so far, by name. */
    public Map<String, Tally> tallies() {
        Map<String, Tally> copy = new TreeMap<>();
        kinds.forEach((name, kind) -> copy.put(name, kind.tally()));
        return copy;
    }

    public void reset() {
        kinds.clear();
    }

    private void listen() {
        if (listening) {
            return;
        }
        synchronized (this) {
            if (!listening) {
                emf.unwrap(Session.class).getEventManager().addListener(new SessionEventAdapter() {
                    @Override
                    public void preExecuteCall(SessionEvent event) {
                        List<String> sent = CURRENT.get();
                        if (sent != null) {
                            sent.add(event.getCall() instanceof DatabaseCall call && call.getSQLString() != null
                                    ? call.getSQLString() : "(not SQL)");
                        }
                    }
                });
                listening = true;
            }
        }
    }

    private static final class Kind {
        private final LongAdder requests = new LongAdder();
        private final LongAdder statements = new LongAdder();
        private final LongAccumulator min = new LongAccumulator(Math::min, Long.MAX_VALUE);
        private final LongAccumulator max = new LongAccumulator(Math::max, 0);
        private final Map<String, LongAdder> shapes = new ConcurrentHashMap<>();
        private final LongAdder cpuNanos = new LongAdder();

        void add(List<String> sent, long cpu) {
            requests.increment();
            cpuNanos.add(Math.max(0, cpu));
            statements.add(sent.size());
            min.accumulate(sent.size());
            max.accumulate(sent.size());
            for (String sql : sent) {
                String shape = sql.length() > MAX_SQL_LENGTH ? sql.substring(0, MAX_SQL_LENGTH) + "…" : sql;
                LongAdder seen = shapes.get(shape);
                if (seen == null && shapes.size() < MAX_SHAPES) {
                    seen = shapes.computeIfAbsent(shape, s -> new LongAdder());
                }
                if (seen != null) {
                    seen.increment();
                }
            }
        }

        Tally tally() {
            long n = requests.sum();
            Map<String, Long> sent = new TreeMap<>();
            shapes.forEach((sql, seen) -> sent.put(sql, seen.sum()));
            return new Tally(n, statements.sum(), n == 0 ? 0 : min.get(), max.get(), sent, cpuNanos.sum());
        }
    }
}
