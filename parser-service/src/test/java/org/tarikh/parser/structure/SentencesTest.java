package org.tarikh.parser.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Sentence boundaries in Arabic and English news copy, one row per hard case. */
class SentencesTest {

    static Stream<Arguments> paragraphs() {
        return Stream.of(
                Arguments.of("قُتل 3 جنود. وأصيب 40 آخرون؟ نعم!", List.of("قُتل 3 جنود.", "وأصيب 40 آخرون؟", "نعم!")),
                Arguments.of("قال المسؤول إن الوضع هادئ؛ لكن المخاوف قائمة.",
                        List.of("قال المسؤول إن الوضع هادئ؛", "لكن المخاوف قائمة.")),
                Arguments.of("وقال «الوضع خطير. لن نسكت» مضيفا أن الرد قادم.",
                        List.of("وقال «الوضع خطير. لن نسكت» مضيفا أن الرد قادم.")),
                Arguments.of("قال: \"لن نسكت.\" وأضاف أن الرد قادم.", List.of("قال: \"لن نسكت.\"", "وأضاف أن الرد قادم.")),
                Arguments.of("وأكد “نحن مستعدون. الرد سيأتي” في بيانه. ثم غادر.",
                        List.of("وأكد “نحن مستعدون. الرد سيأتي” في بيانه.", "ثم غادر.")),
                Arguments.of("د. محمد علي قال إن الوضع صعب. وأضاف أن الحل سياسي.",
                        List.of("د. محمد علي قال إن الوضع صعب.", "وأضاف أن الحل سياسي.")),
                Arguments.of("وقعت الحرب في عام 2024 م. ثم توقفت.", List.of("وقعت الحرب في عام 2024 م.", "ثم توقفت.")),
                Arguments.of("ارتفع المؤشر 3.5% إلى 1,250.75 نقطة. وتراجع النفط.",
                        List.of("ارتفع المؤشر 3.5% إلى 1,250.75 نقطة.", "وتراجع النفط.")),
                Arguments.of("The U.S. military said on Jan. 28 that Mr. Smith arrived. He left on Monday.",
                        List.of("The U.S. military said on Jan. 28 that Mr. Smith arrived.", "He left on Monday.")),
                Arguments.of("Gen. Lloyd Austin met Lt. Col. Smith at 10 a.m. Friday in Washington.",
                        List.of("Gen. Lloyd Austin met Lt. Col. Smith at 10 a.m. Friday in Washington.")),
                Arguments.of("\"We will respond. This is unacceptable,\" he said. Officials agreed.",
                        List.of("\"We will respond. This is unacceptable,\" he said.", "Officials agreed.")),
                Arguments.of("\"Why?\" he asked. Nobody answered.", List.of("\"Why?\" he asked.", "Nobody answered.")),
                Arguments.of("Prices rose 3.7% to $1,250.50 a tonne. Stocks fell.",
                        List.of("Prices rose 3.7% to $1,250.50 a tonne.", "Stocks fell.")),
                Arguments.of("John F. Kennedy was killed in 1963. Lee H. Oswald was arrested.",
                        List.of("John F. Kennedy was killed in 1963.", "Lee H. Oswald was arrested.")),
                Arguments.of("Read the report at aljazeera.net today. It is long.",
                        List.of("Read the report at aljazeera.net today.", "It is long.")),
                Arguments.of("The U.N. envoy arrived in Sanaa. Talks began.",
                        List.of("The U.N. envoy arrived in Sanaa.", "Talks began.")),
                Arguments.of("He paused… Then he spoke again.", List.of("He paused…", "Then he spoke again.")),
                Arguments.of("1. Troops withdrew. 2. Talks began.", List.of("1. Troops withdrew.", "2. Talks began.")),
                Arguments.of("The death toll rose to 40. Rescue teams kept digging.",
                        List.of("The death toll rose to 40.", "Rescue teams kept digging.")),
                Arguments.of("وصل المبعوث إلى الرياض (السعودية). وبدأت المحادثات.",
                        List.of("وصل المبعوث إلى الرياض (السعودية).", "وبدأت المحادثات.")),
                Arguments.of("No full stop at the end", List.of("No full stop at the end")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphs")
    void paragraphSplitsIntoItsSentences(String paragraph, List<String> expected) {
        String text = "  " + paragraph + " \n";
        List<String> actual = Sentences.split(text, 0, text.length()).stream().map(s -> s.of(text)).toList();
        assertEquals(expected, actual);
    }
}
