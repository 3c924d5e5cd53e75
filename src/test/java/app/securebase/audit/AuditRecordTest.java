package app.securebase.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** New rows are built so that the database stores exactly what was hashed. */
class AuditRecordTest {

    @Test
    void aSealedRowFollowsTheHeadAndCarriesItsOwnHash() {
        AuditChain.Head head = new AuditChain.Head(41, "a".repeat(64));
        AuditRecord row = AuditRecord.seal(head, Instant.parse("2026-11-05T09:30:00.123456789Z"),
                new AuditActor(3L, " Dr.Rivera@SecureBase.test ", "CLINICIAN"), AuditAction.CLIENT_RECORD_VIEWED,
                AuditOutcome.ALLOWED, "CLIENT", 12L, "192.0.2.1", "opened");
        assertEquals(42, row.id());
        assertEquals("a".repeat(64), row.prevHash());
        assertEquals(Instant.parse("2026-11-05T09:30:00.123456Z"), row.occurredAt(), "DATETIME(6) keeps microseconds");
        assertEquals("dr.rivera@securebase.test", row.actorName());
        assertEquals("CLIENT_RECORD_VIEWED", row.action());
        assertEquals(AuditChain.hash(row), row.hash());
    }

    @Test
    void anonymousActorsAndMissingValuesAreRecordedAsSuch() {
        AuditRecord row = AuditRecord.seal(AuditChain.Head.EMPTY, Instant.now(), AuditActor.anonymous(null),
                AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, " ", null, null, "  ");
        assertEquals(AuditActor.ANONYMOUS, row.actorName());
        assertNull(row.actorAccountId());
        assertNull(row.actorRole());
        assertNull(row.targetType(), "blank is no target");
        assertNull(row.detail());
        assertEquals(ClientAddress.INTERNAL, row.clientAddress());
        assertEquals(AuditChain.GENESIS_HASH, row.prevHash());
        assertEquals("someone@example.org", AuditActor.anonymous("SomeOne@Example.org").name());
    }

    @Test
    void textIsFittedToWhatTheColumnStoresUnchanged() {
        assertEquals("line one line two", AuditRecord.fit("line one\nline two", 100));
        assertEquals("abc", AuditRecord.fit("abcdef", 3));
        assertEquals("a\uFFFDb", AuditRecord.fit("a\uD800b", 10), "an unpaired surrogate cannot be stored");
        assertEquals("ab", AuditRecord.fit("ab\uD83D\uDE00", 3), "a surrogate pair is never split");
        assertEquals("ab\uD83D\uDE00", AuditRecord.fit("ab\uD83D\uDE00", 4));
        assertNull(AuditRecord.fit(null, 3));
    }

    @Test
    void overlongInputIsCutToTheColumnLengths() {
        AuditRecord row = AuditRecord.seal(AuditChain.Head.EMPTY, Instant.now(),
                AuditActor.anonymous("x".repeat(5000) + "@example.org"), AuditAction.SIGN_IN_FAILED,
                AuditOutcome.DENIED, null, null, "fe80::1%" + "z".repeat(100), "d".repeat(2000));
        assertEquals(AuditRecord.ACTOR_NAME_MAX, row.actorName().length());
        assertEquals(AuditRecord.CLIENT_ADDRESS_MAX, row.clientAddress().length());
        assertEquals(AuditRecord.DETAIL_MAX, row.detail().length());
    }
}
