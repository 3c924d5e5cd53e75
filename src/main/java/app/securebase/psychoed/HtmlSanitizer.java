package app.securebase.psychoed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one HTML policy for module bodies. Everything stored as a module body (rendered from a built-in Markdown file
 * or typed by a clinician into the rich-text editor) goes through it first, so the page can output the stored HTML
 * as is.
 *
 * <p>Allowlist only: paragraphs, headings h2-h4, lists, emphasis, quotes, code, rules and links. Links may only use
 * http, https, mailto, tel and sms (crisis lines are {@code tel:} and {@code sms:} links) and always get
 * {@code rel="noopener noreferrer"}. No attributes other than {@code href}, so no {@code on*} handlers or styles.
 *
 * <p>The editor (Quill 2, inside PrimeFaces' TextEditor) writes every list as {@code <ol>} with one
 * {@code data-list="bullet|ordered"} per item. The first pass keeps that one attribute, the lists are rebuilt as
 * plain {@code <ul>} and {@code <ol>}, and a second pass without it balances the result and drops what is left.
 */
public final class HtmlSanitizer {

    private static final PolicyFactory STORED = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "blockquote", "br", "hr", "code")
            .allowElements("a")
            .allowUrlProtocols("http", "https", "mailto", "tel", "sms")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private static final PolicyFactory EDITOR = STORED.and(new HtmlPolicyBuilder()
            .allowElements("li")
            .allowAttributes("data-list").matching(Pattern.compile("bullet|ordered")).onElements("li")
            .toFactory());

    private static final Pattern EDITOR_LIST = Pattern.compile(
            "<ol>((?:\\s*<li data-list=\"(?:bullet|ordered)\">.*?</li>)+)\\s*</ol>", Pattern.DOTALL);
    private static final Pattern EDITOR_ITEM = Pattern.compile("<li data-list=\"(bullet|ordered)\">(.*?)</li>",
            Pattern.DOTALL);

    private HtmlSanitizer() {
    }

    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return STORED.sanitize(editorLists(EDITOR.sanitize(html)));
    }

    /** Rebuilds Quill 2's flat {@code <ol>} of typed items as runs of {@code <ul>} and {@code <ol>}. */
    static String editorLists(String html) {
        Matcher list = EDITOR_LIST.matcher(html);
        StringBuilder out = new StringBuilder();
        while (list.find()) {
            StringBuilder rebuilt = new StringBuilder();
            String open = null;
            Matcher item = EDITOR_ITEM.matcher(list.group(1));
            while (item.find()) {
                String tag = item.group(1).equals("bullet") ? "ul" : "ol";
                if (!tag.equals(open)) {
                    if (open != null) {
                        rebuilt.append("</").append(open).append('>');
                    }
                    rebuilt.append('<').append(tag).append('>');
                    open = tag;
                }
                rebuilt.append("<li>").append(item.group(2)).append("</li>");
            }
            if (open != null) {
                rebuilt.append("</").append(open).append('>');
            }
            list.appendReplacement(out, Matcher.quoteReplacement(rebuilt.toString()));
        }
        list.appendTail(out);
        return out.toString();
    }
}
