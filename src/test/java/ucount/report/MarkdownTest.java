package ucount.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MarkdownTest {

    @Test
    void text_escapesWhatMarkdownOrHtmlWouldInterpret() {
        assertEquals("a\\|b", Markdown.text("a|b"));
        assertEquals("&lt;script>", Markdown.text("<script>"));
        assertEquals("\\*bold\\* \\[link\\](x) \\`code\\` \\\\ \\# \\~", Markdown.text("*bold* [link](x) `code` \\ # ~"));
        assertEquals("R10: 2 devices -> ENHANCED_PLUS", Markdown.text("R10: 2 devices -> ENHANCED_PLUS"),
                "arrows and snake_case stay readable");
        assertEquals("\\_lead and trail\\_ a\\_ \\_b", Markdown.text("_lead and trail_ a_ _b"));
        assertEquals("AT&amp;T<br>second line", Markdown.text("AT&T\r\nsecond line"));
    }

    @Test
    void table_numericColumnsRightAligned_cellsEscaped() {
        String table = new Markdown.Table("User", "Licenses>").row("a|b", 3).rawRow("**Total**", "**3**").render();
        assertEquals("""
                | User | Licenses |
                | --- | ---: |
                | a\\|b | 3 |
                | **Total** | **3** |
                """, table);
        assertThrows(IllegalArgumentException.class, () -> new Markdown.Table("a", "b").row("only one"));
        assertEquals("x<br>y\\|z", Markdown.lines(List.of("x", "y|z")));
    }
}
