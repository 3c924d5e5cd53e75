package app.securebase.psychoed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
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
}
