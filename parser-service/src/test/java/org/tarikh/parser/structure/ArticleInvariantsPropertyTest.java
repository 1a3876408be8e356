package org.tarikh.parser.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of every read article, on articles generated from news-shaped lines joined by every kind of layout
 * (CR LF, blank lines with spaces, paragraph separators, bidi and zero-width marks, BOM, no-break spaces).
 */
class ArticleInvariantsPropertyTest {

    private static final String[] LINES = {
            "الفصائل العراقية تصعد هجماتها ضد القوات الأميركية",
            "بغداد– تتصاعد وتيرة الهجمات المتبادلة بين الفصائل المسلحة العراقية. وقُتل 3 جنود؟ نعم!",
            "BAGHDAD, Jan 30 (Reuters) - Iraq's government said on Tuesday that U.S. strikes were a violation.",
            "U.S. soldiers are seen at the site, Iraq January 13, 2020. REUTERS/John Davison",
            "جنود أميركيون في موقع استُهدف بصاروخ داخل قاعدة عين الأسد الجوية (رويترز)",
            "The remains of a drone are seen, Iraq January 4, 2022. Handout via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY.",
            "تحذيرات عراقية",
            "What happens next?",
            "وقال «الوضع خطير. لن نسكت» مضيفا أن الرد قادم؛ ثم غادر.",
            "\"We will respond,\" Gen. Smith said at 10 a.m. on Jan. 5. Prices rose 3.5%.",
            "المصدر : الجزيرة",
            "Source: Reuters",
            "(Reporting by Timour Azhari; Editing by Alex Richardson)",
            "اقرأ أيضا",
            "12345",
            "…",
            "((( ))) -- «»",
            "e\u0301te\u0301 cafe\u0301",
            "\u0645\u064E\u0651\u062F\u0651 shadda and fatha",
    };
    private static final String[] BREAKS = { "\n", "\n\n", "\r\n", "\r\n\r\n", "\n \t\n", "\u2029", "\n\u200F\n",
            "\u2028", "\n\u00A0\n", "\r" };
    private static final String[] MARKS = { "", "", "", "\u200F", "\u200E", "\u200B", "\u202B", "\u2066", "\u00A0", " ",
            "\t", "\uFEFF" };

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyArticleKeepsOffsetsCoverageAndOrder(long seed) {
        Random random = new Random(seed);
        List<String> lines = lines(random);
        String raw = (random.nextBoolean() ? "\uFEFF" : "") + render(lines, random);
        StructureInvariants.check(Reading.READER.read(raw, ArticleMetadata.none()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theSameArticleGetsTheSameIdWhateverItsLayout(long seed) {
        Random random = new Random(seed);
        List<String> lines = lines(random);
        String one = render(lines, random);
        String other = "\uFEFF" + Normalizer.normalize(render(lines, random), Normalizer.Form.NFD);
        assertEquals(Reading.READER.read(one, ArticleMetadata.none()).id(),
                Reading.READER.read(other, ArticleMetadata.none()).id());
        List<String> changed = new ArrayList<>(lines);
        changed.set(0, changed.get(0) + "x");
        assertNotEquals(Reading.READER.read(one, ArticleMetadata.none()).id(),
                Reading.READER.read(render(changed, random), ArticleMetadata.none()).id(), "content changes the id");
    }

    private static List<String> lines(Random random) {
        List<String> lines = new ArrayList<>();
        int n = 1 + random.nextInt(25);
        for (int i = 0; i < n; i++) {
            lines.add(LINES[random.nextInt(LINES.length)]);
        }
        return lines;
    }

    private static String render(List<String> lines, Random random) {
        StringBuilder out = new StringBuilder();
        out.append(MARKS[random.nextInt(MARKS.length)]);
        for (String line : lines) {
            out.append(MARKS[random.nextInt(MARKS.length)]).append(line).append(MARKS[random.nextInt(MARKS.length)]);
            out.append(BREAKS[random.nextInt(BREAKS.length)]);
        }
        return out.toString();
    }
}
