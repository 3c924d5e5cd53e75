package app.securebase.psychoed;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one HTML policy for module bodies. Everything rendered from Markdown (built-in or written by a clinician) goes
 * through it before it is stored, so the page can output the stored HTML as is.
 *
 * <p>Allowlist only: paragraphs, headings h2-h4, lists, emphasis, quotes, code, rules and links. Links may only use
 * http, https, mailto, tel and sms (crisis lines are {@code tel:} and {@code sms:} links) and always get
 * {@code rel="noopener noreferrer"}. No attributes other than {@code href}, so no {@code on*} handlers or styles.
 */
public final class HtmlSanitizer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "blockquote", "br", "hr", "code")
            .allowElements("a")
            .allowUrlProtocols("http", "https", "mailto", "tel", "sms")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private HtmlSanitizer() {
    }

    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
