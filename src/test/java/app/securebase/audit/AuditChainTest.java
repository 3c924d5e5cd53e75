package app.securebase.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.audit.AuditVerification.Problem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical encoding and the walk that finds the first broken link, without a database. */
class AuditChainTest {

    private static final Instant T0 = Instant.parse("2026-11-05T09:30:00.123456Z");

    /** The expected value was computed outside Java from the format AuditChain documents, so the two agree. */
    @Test
    void theHashOfAKnownRowNeverChangesBecauseStoredChainsDependOnIt() {
        AuditRecord row = new AuditRecord(1, T0, 7L, "admin@securebase.test", "ADMIN", "SIGN_IN", "ACCOUNT", 7L,
                "ALLOWED", "127.0.0.1", null, AuditChain.GENESIS_HASH, null);
        assertEquals("041c0a1b17477af2ee1c0c973d820486ad073abe93bd0a2c409070476e0f7fc2", AuditChain.hash(row));
    }

    @Test
    void nullEmptyAndShiftedBoundariesAllHashDifferently() {
        AuditRecord base = row(1, "a", "bc", AuditChain.GENESIS_HASH);
        AuditRecord shifted = row(1, "ab", "c", AuditChain.GENESIS_HASH);
        AuditRecord empty = row(1, "abc", "", AuditChain.GENESIS_HASH);
        AuditRecord nulled = row(1, "abc", null, AuditChain.GENESIS_HASH);
        List<String> hashes = List.of(AuditChain.hash(base), AuditChain.hash(shifted), AuditChain.hash(empty),
                AuditChain.hash(nulled));
        assertEquals(4, hashes.stream().distinct().count(), hashes.toString());
    }

    @Test
    void timesAreEncodedInUtcWithSixFractionDigits() {
        String canonical = new String(AuditChain.canonical(row(1, "x", null, AuditChain.GENESIS_HASH).withHash(null)),
                StandardCharsets.ISO_8859_1);
        assertTrue(canonical.contains("2026-11-05T09:30:00.123456Z"), canonical);
        AuditRecord wholeSecond = new AuditRecord(1, Instant.parse("2026-11-05T09:30:00Z"), null, "x", null, "SIGN_IN",
                null, null, "ALLOWED", "internal", null, AuditChain.GENESIS_HASH, null);
        assertTrue(new String(AuditChain.canonical(wholeSecond), StandardCharsets.ISO_8859_1)
                .contains("2026-11-05T09:30:00.000000Z"));
    }

    @Test
    void everyColumnButTheHashIsCovered() {
        AuditRecord original = chain(1).get(0);
        String hash = original.hash();
        List<AuditRecord> variants = List.of(
                original.withId(2),
                new AuditRecord(1, T0.plusNanos(1000), 7L, original.actorName(), "ADMIN", "SIGN_IN", "ACCOUNT", 7L,
                        "ALLOWED", "127.0.0.1", "d1", AuditChain.GENESIS_HASH, hash),
                new AuditRecord(1, T0, null, original.actorName(), "ADMIN", "SIGN_IN", "ACCOUNT", 7L,
                        "ALLOWED", "127.0.0.1", "d1", AuditChain.GENESIS_HASH, hash),
                new AuditRecord(1, T0, 7L, original.actorName(), "ADMIN", "SIGN_IN", "ACCOUNT", 7L,
                        "DENIED", "127.0.0.1", "d1", AuditChain.GENESIS_HASH, hash),
                new AuditRecord(1, T0, 7L, original.actorName(), "ADMIN", "SIGN_IN", "ACCOUNT", 7L,
                        "ALLOWED", "127.0.0.2", "d1", AuditChain.GENESIS_HASH, hash),
                new AuditRecord(1, T0, 7L, original.actorName(), "ADMIN", "SIGN_IN", "ACCOUNT", 7L,
                        "ALLOWED", "127.0.0.1", "d1", "1".repeat(64), hash),
                new AuditRecord(1, T0, 7L, "other@securebase.test", "ADMIN", "SIGN_IN", "ACCOUNT", 7L,
                        "ALLOWED", "127.0.0.1", "d1", AuditChain.GENESIS_HASH, hash),
                new AuditRecord(1, T0, 7L, original.actorName(), "CLIENT", "SIGN_IN", "ACCOUNT", 7L,
                        "ALLOWED", "127.0.0.1", "d1", AuditChain.GENESIS_HASH, hash),
                new AuditRecord(1, T0, 7L, original.actorName(), "ADMIN", "SIGN_OUT", "ACCOUNT", 7L,
                        "ALLOWED", "127.0.0.1", "d1", AuditChain.GENESIS_HASH, hash),
                new AuditRecord(1, T0, 7L, original.actorName(), "ADMIN", "SIGN_IN", "CLIENT", 7L,
                        "ALLOWED", "127.0.0.1", "d1", AuditChain.GENESIS_HASH, hash),
                new AuditRecord(1, T0, 7L, original.actorName(), "ADMIN", "SIGN_IN", "ACCOUNT", 8L,
                        "ALLOWED", "127.0.0.1", "d1", AuditChain.GENESIS_HASH, hash),
                original.withDetail("d2"));
        assertEquals(hash, AuditChain.hash(new AuditRecord(1, T0, 7L, original.actorName(), "ADMIN", "SIGN_IN",
                "ACCOUNT", 7L, "ALLOWED", "127.0.0.1", "d1", AuditChain.GENESIS_HASH, null)), "the template is the original");
        for (AuditRecord variant : variants) {
            assertNotEquals(hash, AuditChain.hash(variant), variant.toString());
        }
        assertEquals(hash, AuditChain.hash(original.withHash("anything")), "the stored hash itself is not hashed");
    }

    @Test
    void anUntouchedChainIsIntactAndReportsItsHead() {
        List<AuditRecord> rows = chain(5);
        AuditVerification result = verify(rows, head(rows));
        assertTrue(result.intact());
        assertEquals(5, result.rowsVerified());
        assertNull(result.firstBrokenId());
        assertEquals(rows.get(4).hash(), result.latestHash());
    }

    @Test
    void anEmptyLogIsIntact() {
        assertTrue(verify(List.of(), AuditChain.Head.EMPTY).intact());
    }

    @Test
    void idGapsFromRolledBackInsertsAreNotABreak() {
        List<AuditRecord> rows = new ArrayList<>();
        AuditChain.Head head = AuditChain.Head.EMPTY;
        for (long id : new long[] {1, 2, 5, 9}) {
            AuditRecord row = row(id, "user" + id + "@example.org", null, head.lastHash());
            row = row.withHash(AuditChain.hash(row));
            rows.add(row);
            head = head.after(row);
        }
        assertTrue(verify(rows, head).intact());
    }

    @Test
    void aChangedRowIsTheFirstBrokenLink() {
        List<AuditRecord> rows = chain(6);
        AuditChain.Head head = head(rows);
        rows.set(2, rows.get(2).withDetail("edited by hand"));
        AuditVerification result = verify(rows, head);
        assertFalse(result.intact());
        assertEquals(3L, result.firstBrokenId());
        assertEquals(Problem.ALTERED, result.problem());
        assertEquals(2, result.rowsVerified());
    }

    @Test
    void aChangedRowWithARecomputedHashBreaksTheLinkOfTheNextRow() {
        List<AuditRecord> rows = chain(6);
        AuditChain.Head head = head(rows);
        AuditRecord forged = rows.get(2).withDetail("edited by hand");
        rows.set(2, forged.withHash(AuditChain.hash(forged)));
        AuditVerification result = verify(rows, head);
        assertEquals(4L, result.firstBrokenId());
        assertEquals(Problem.LINK_BROKEN, result.problem());
    }

    @Test
    void aRemovedRowIsFoundAtTheRowAfterIt() {
        List<AuditRecord> rows = chain(6);
        AuditChain.Head head = head(rows);
        rows.remove(3);
        AuditVerification result = verify(rows, head);
        assertEquals(5L, result.firstBrokenId());
        assertEquals(Problem.LINK_BROKEN, result.problem());
    }

    @Test
    void theFirstRowRemovedIsFound() {
        List<AuditRecord> rows = chain(3);
        AuditChain.Head head = head(rows);
        rows.remove(0);
        assertEquals(2L, verify(rows, head).firstBrokenId());
    }

    @Test
    void reorderedRowsAreFound() {
        List<AuditRecord> rows = chain(6);
        AuditChain.Head head = head(rows);
        Collections.swap(rows, 2, 3);
        AuditVerification result = verify(rows, head);
        assertEquals(4L, result.firstBrokenId(), "row 4 now follows row 2");
        assertEquals(Problem.LINK_BROKEN, result.problem());
    }

    @Test
    void swappedIdsAreFound() {
        List<AuditRecord> rows = chain(6);
        AuditChain.Head head = head(rows);
        AuditRecord third = rows.get(2);
        AuditRecord fourth = rows.get(3);
        rows.set(2, fourth.withId(3));
        rows.set(3, third.withId(4));
        AuditVerification result = verify(rows, head);
        assertEquals(3L, result.firstBrokenId());
        assertEquals(Problem.ALTERED, result.problem());
    }

    @Test
    void rowsRemovedFromTheEndAreFoundThroughTheHead() {
        List<AuditRecord> rows = chain(6);
        AuditChain.Head head = head(rows);
        rows.remove(5);
        rows.remove(4);
        AuditVerification result = verify(rows, head);
        assertFalse(result.intact());
        assertEquals(5L, result.firstBrokenId());
        assertEquals(Problem.END_MISMATCH, result.problem());
        assertEquals(4, result.rowsVerified());
    }

    @Test
    void aRewrittenLastRowIsFoundThroughTheHead() {
        List<AuditRecord> rows = chain(4);
        AuditChain.Head head = head(rows);
        AuditRecord forged = rows.get(3).withDetail("rewritten");
        rows.set(3, forged.withHash(AuditChain.hash(forged)));
        AuditVerification result = verify(rows, head);
        assertEquals(4L, result.firstBrokenId());
        assertEquals(Problem.END_MISMATCH, result.problem());
    }

    @Test
    void theWalkStopsAtTheFirstBreak() {
        List<AuditRecord> rows = chain(6);
        AuditChain.Verifier verifier = new AuditChain.Verifier(head(rows));
        rows.set(1, rows.get(1).withDetail("x"));
        assertTrue(verifier.accept(rows.get(0)));
        assertFalse(verifier.accept(rows.get(1)));
        assertFalse(verifier.accept(rows.get(2)), "nothing after a break is looked at");
        assertEquals(2L, verifier.result().firstBrokenId());
    }

    private static AuditVerification verify(List<AuditRecord> rows, AuditChain.Head head) {
        AuditChain.Verifier verifier = new AuditChain.Verifier(head);
        for (AuditRecord row : rows) {
            if (!verifier.accept(row)) {
                break;
            }
        }
        return verifier.result();
    }

    /** A valid chain of {@code n} rows built the way the service builds it. */
    static List<AuditRecord> chain(int n) {
        List<AuditRecord> rows = new ArrayList<>();
        AuditChain.Head head = AuditChain.Head.EMPTY;
        for (int i = 0; i < n; i++) {
            AuditRecord row = AuditRecord.seal(head, T0.plusSeconds(i), new AuditActor(7L, "Admin@SecureBase.test", "ADMIN"),
                    AuditAction.SIGN_IN, AuditOutcome.ALLOWED, "ACCOUNT", 7L, "127.0.0.1", "d" + (i + 1));
            rows.add(row);
            head = head.after(row);
        }
        return rows;
    }

    private static AuditChain.Head head(List<AuditRecord> rows) {
        return rows.isEmpty() ? AuditChain.Head.EMPTY : AuditChain.Head.EMPTY.after(rows.get(rows.size() - 1));
    }

    private static AuditRecord row(long id, String name, String detail, String prevHash) {
        AuditRecord row = new AuditRecord(id, T0, null, name, null, "SIGN_IN_FAILED", null, null, "DENIED", "10.0.0.1",
                detail, prevHash, null);
        return row.withHash(AuditChain.hash(row));
    }
}
