package ucount.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlTest {

    @Test
    void escape_everyMarkupCharacter() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;&amp;&#39;y&#39;)&lt;/script&gt;",
                Html.escape("<script>alert(\"x\"&'y')</script>"));
    }

    @Test
    void table_escapesCells_marksNumericColumns() {
        String html = new Html.Table("Device", "Users>").row("<b>SEP1</b>", 3).classedRow("total", "Total", 3).render();
        assertTrue(html.contains("<th>Device</th><th class=\"n\">Users</th>"), html);
        assertTrue(html.contains("<tr><td>&lt;b&gt;SEP1&lt;/b&gt;</td><td class=\"n\">3</td></tr>"), html);
        assertTrue(html.contains("<tr class=\"total\"><td>Total</td>"), html);
    }

    @Test
    void chart_oneBarPerSeriesAndCategory_heightsProportional_sameBytesEachTime() {
        SvgBarChart chart = new SvgBarChart("Licenses <by> type", List.of("Essential UCL", "TelePresence Room"))
                .series("hq", List.of(10, 0)).series("b&r", List.of(5, 2));
        String svg = chart.render();
        assertEquals(svg, chart.render());
        Matcher bars = Pattern.compile("<rect class=\"bar\" [^>]*height=\"([0-9.]+)\"").matcher(svg);
        List<Double> heights = bars.results().map(m -> Double.parseDouble(m.group(1))).toList();
        assertEquals(List.of(220.0, 110.0, 0.0, 44.0), heights, "axis 0..10: 10 is the full 220 px plot");
        assertTrue(svg.contains("aria-label=\"Licenses &lt;by&gt; type\""), svg);
        assertTrue(svg.contains("<title>b&amp;r, TelePresence Room: 2</title>"), svg);
        assertTrue(svg.contains(">b&amp;r</text>"), "a legend for several series");
        assertFalse(new SvgBarChart("t", List.of("a")).series("one", List.of(1)).render().contains("y=\"8\""),
                "no legend for one series");
    }

    @Test
    void chart_roundTicks_andWrappedLabels() {
        assertEquals(1, SvgBarChart.step(0));
        assertEquals(1, SvgBarChart.step(5));
        assertEquals(2, SvgBarChart.step(6));
        assertEquals(5, SvgBarChart.step(22));
        assertEquals(10, SvgBarChart.step(30));
        assertEquals(200, SvgBarChart.step(1000));
        assertEquals(List.of("Enhanced Plus", "UCL"), SvgBarChart.wrap("Enhanced Plus UCL", 14));
        assertEquals(List.of("TelePresence", "Room"), SvgBarChart.wrap("TelePresence Room", 14));
    }
}
