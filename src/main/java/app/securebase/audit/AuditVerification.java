package app.securebase.audit;

import java.io.Serializable;

/**
 * The outcome of walking the audit chain.
 *
 * @param intact        whether every row up to the chain head matched its hash and its predecessor
 * @param rowsVerified  rows confirmed good, counted from the first (all rows when intact)
 * @param firstBrokenId the id of the first row that failed, or where the log stops short; {@code null} when intact
 * @param problem       what was wrong at {@code firstBrokenId}; {@code null} when intact
 * @param latestHash    the chain head's hash: written down or kept elsewhere, it lets a later check notice a log that
 *                      was rewritten from some row onwards with every hash recomputed
 */
public record AuditVerification(boolean intact, long rowsVerified, Long firstBrokenId, Problem problem,
        String latestHash) implements Serializable {

    /** Why a link is broken. */
    public enum Problem {
        /** The row's content no longer gives its stored hash: it was changed after it was written. */
        ALTERED,
        /** The row does not follow the row before it: a row before it was removed, or rows were inserted or reordered. */
        LINK_BROKEN,
        /** The newest rows do not match the chain head: rows at the end were removed, rewritten or added outside it. */
        END_MISMATCH
    }

    public static AuditVerification intact(long rowsVerified, String latestHash) {
        return new AuditVerification(true, rowsVerified, null, null, latestHash);
    }

    public static AuditVerification broken(long rowsVerified, long firstBrokenId, Problem problem, String latestHash) {
        return new AuditVerification(false, rowsVerified, firstBrokenId, problem, latestHash);
    }

    /** One line for logs, the command's output and the audit record of the check itself (never clinical). */
    public String summary() {
        return intact
                ? "intact: " + rowsVerified + " rows, latest hash " + latestHash
                : "broken at id " + firstBrokenId + " (" + problem + ") after " + rowsVerified + " good rows";
    }
}
