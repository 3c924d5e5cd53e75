package app.securebase.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the filter merges a page's own Content-Security-Policy with the base policy every response needs. */
class SecurityHeadersFilterTest {

    @Test
    void aPolicyWithEveryBaseDirectiveIsKeptAsItIs() {
        String primeFaces = "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'; "
                + "script-src 'self' 'nonce-abc';";
        assertEquals(primeFaces, SecurityHeadersFilter.withBase(primeFaces));
    }

    @Test
    void missingBaseDirectivesAreAppended() {
        assertEquals("script-src 'self' 'nonce-abc'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                + "form-action 'self'", SecurityHeadersFilter.withBase("script-src 'self' 'nonce-abc';"));
    }

    @Test
    void aDirectiveThePolicySetsItselfIsNotOverridden() {
        assertEquals("FORM-ACTION 'none'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
                SecurityHeadersFilter.withBase("FORM-ACTION 'none'; script-src 'self'"));
    }

    @Test
    void noPolicyGivesTheBase() {
        assertEquals(SecurityHeadersFilter.BASE_POLICY, SecurityHeadersFilter.withBase(" "));
    }
}
