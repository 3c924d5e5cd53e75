package app.securebase.psychoed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<p onclick=\"alert(1)\">x</p>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<svg onload=alert(1)><circle/></svg>",
        "<p style=\"width: expression(alert(1))\">x</p>",
        "<style>p { background: url(javascript:alert(1)) }</style>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<object data=\"evil.swf\"></object><embed src=\"evil.swf\">",
        "<form action=\"https://evil.example\"><input name=q></form>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<math><mtext><script>alert(1)</script></mtext></math>"
    })
    void removesActiveContent(String payload) {
        String clean = HtmlSanitizer.sanitize(payload).toLowerCase(Locale.ROOT);
        for (String bad : new String[] {"<script", "onclick", "onerror", "onload", "javascript:", "data:", "<svg",
            "style", "expression", "<iframe", "<object", "<embed", "<form", "<input", "vbscript", "<math"}) {
            assertFalse(clean.contains(bad), () -> payload + " kept " + bad + ": " + clean);
        }
    }

    @Test
    void keepsTheAllowedElements() {
        String html = "<h2>A</h2><h3>B</h3><h4>C</h4><p><strong>s</strong> <em>e</em> <code>c</code><br></p>"
                + "<ul><li>u</li></ul><ol><li>o</li></ol><blockquote><p>q</p></blockquote><hr>";
        String clean = HtmlSanitizer.sanitize(html);
        for (String tag : new String[] {"<h2>", "<h3>", "<h4>", "<p>", "<strong>", "<em>", "<code>", "<br />",
            "<ul>", "<ol>", "<li>", "<blockquote>", "<hr />"}) {
            assertTrue(clean.contains(tag), () -> tag + " missing from " + clean);
        }
    }

    @Test
    void dropsHeadingOneAndTablesButKeepsTheirText() {
        assertEquals("Title", HtmlSanitizer.sanitize("<h1>Title</h1>"));
        assertFalse(HtmlSanitizer.sanitize("<table><tr><td>x</td></tr></table>").contains("<t"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a", "http://example.org", "mailto:a@example.org", "tel:988",
        "sms:988"})
    void keepsSafeLinksWithNoopener(String href) {
        String clean = HtmlSanitizer.sanitize("<a href=\"" + href + "\" target=\"_blank\" title=\"t\">x</a>")
                .replace("&#64;", "@");
        assertTrue(clean.contains("href=\"" + href + "\""), clean);
        assertTrue(clean.contains("rel=\"noopener noreferrer\""), clean);
        assertFalse(clean.contains("target"), clean);
        assertFalse(clean.contains("title"), clean);
    }

    /**
     * What a clinician's browser could send as a module body instead of what the editor writes: each payload surrounds
     * harmless text, which must survive while everything that could run, load, style or submit is gone.
     */
    static Stream<String> xssPayloads() {
        return Stream.of(
            "<script>window.__xss = 1; alert(1)</script>",
            "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
            "<img src=x onerror=\"window.__xss = 1\">",
            "<a href=\"javascript:window.__xss=1\">link</a>",
            "<a href=\"JaVaScRiPt:window.__xss=1\">link</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">link</a>",
            "<a href=\"&#x6A;avascript&#x3A;alert(1)\">link</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">link</a>",
            "<a href=\" javascript:alert(1)\">link</a>",
            "<svg onload=\"window.__xss = 1\"><circle r=\"1\"/></svg>",
            "<svg><script>window.__xss = 1</script></svg>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text>t</text></a></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<math href=\"javascript:alert(1)\">m</math>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
            "<object data=\"evil.swf\"></object><embed src=\"evil.swf\">",
            "<style>p { width: expression(alert(1)); }</style>",
            "<style>@import 'https://evil.example/x.css';</style>",
            "<p style=\"background:url(javascript:alert(1))\">styled</p>",
            "<div style=\"width:expression(alert(1))\">styled</div>",
            "<form action=\"https://evil.example\"><button>go</button></form>",
            "<input onfocus=\"window.__xss = 1\" autofocus>",
            "<details open ontoggle=\"window.__xss = 1\"><summary>s</summary></details>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">link</a>",
            "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
            "<base href=\"https://evil.example/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
            "<a href=\"vbscript:msgbox(1)\">link</a>",
            "<p onmouseover=\"window.__xss = 1\" onclick=\"alert(1)\">p</p>",
            "<body onload=\"window.__xss = 1\">b</body>",
            "<video><source onerror=\"window.__xss = 1\"></video>",
            "<h2 class=\"x\" id=\"moduleBody\">h</h2>",
            "<ol><li data-list=\"bullet\" onclick=\"alert(1)\">item</li></ol>",
            "<ol><li data-list=\"javascript:alert(1)\">item</li></ol>",
            "<!--<script>alert(1)</script>--><p>comment</p>",
            "<p>a</p><noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>");
    }

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    @ParameterizedTest
    @MethodSource("xssPayloads")
    void xssPayloadsLoseEverythingActiveAndKeepTheText(String payload) {
        String clean = HtmlSanitizer.sanitize("<p>before</p>" + payload + "<p>after</p>");
        String lower = clean.toLowerCase(Locale.ROOT);
        for (String bad : new String[] {"<script", "javascript", "vbscript", "data:", "<svg", "<math", "<iframe",
            "srcdoc", "<object", "<embed", "<style", "style=", "expression(", "@import", "<form", "<button", "<input",
            "autofocus", "<details", "<base", "<meta", "http-equiv", "<img", "<video", "<source", "<body", "class=",
            "id=", "data-list", "<noscript", "<!--"}) {
            assertFalse(lower.contains(bad), () -> payload + " kept " + bad + ": " + clean);
        }
        assertFalse(Pattern.compile("\\son[a-z]+\\s*=").matcher(lower).find(), () -> payload + " kept a handler: " + clean);
        Matcher href = HREF.matcher(clean);
        while (href.find()) {
            assertTrue(href.group(1).matches("(https?|mailto|tel|sms):.*"), () -> payload + " kept " + href.group());
        }
        assertTrue(clean.startsWith("<p>before</p>") && clean.endsWith("<p>after</p>"), clean);
    }

    @Test
    void quillListsBecomePlainBulletedAndNumberedLists() {
        assertEquals("<ul><li>a</li></ul><ol><li>b</li></ol>",
                HtmlSanitizer.sanitize("<ol><li data-list=\"bullet\">a</li><li data-list=\"ordered\">b</li></ol>"));
        assertEquals("<ol><li>1</li><li>2</li></ol><ul><li>x</li><li>y</li></ul><ol><li>3</li></ol>",
                HtmlSanitizer.sanitize("<ol><li data-list=\"ordered\">1</li><li data-list=\"ordered\">2</li>"
                        + "<li data-list=\"bullet\">x</li><li data-list=\"bullet\">y</li>"
                        + "<li data-list=\"ordered\">3</li></ol>"));
        assertEquals("<p>t</p><ul><li><strong>bold</strong> item</li></ul>",
                HtmlSanitizer.sanitize("<p>t</p><ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\">"
                        + "</span><strong>bold</strong> item</li></ol>"));
    }

    @Test
    void plainListsStayAsTheyAre() {
        assertEquals("<ul><li>a</li></ul><ol><li>b</li></ol>",
                HtmlSanitizer.sanitize("<ul><li>a</li></ul><ol><li>b</li></ol>"));
    }
}
