package org.tarikh.parser.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language of a segment alone, from its script and, in Latin script, its function words. */
class ScriptLanguageTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            تتصاعد وتيرة الهجمات المتبادلة بين الفصائل المسلحة العراقية | ar
            U.S. soldiers are seen at the site where an Iranian missile hit | en
            REUTERS/John Davison | en
            Ain al-Asad عين الأسد قاعدة جوية في محافظة الأنبار | ar
            The base عين الأسد was hit again on Sunday by rockets | en
            Le président a déclaré que la situation dans la région est grave | fr
            El gobierno de los Estados Unidos dijo que la situación es grave | es
            Die Regierung hat erklärt, dass die Lage in der Region ernst ist | de
            Hükümet bu saldırı için bir açıklama yaptı ve daha çok asker gönderdi | tr
            این یک متن فارسی است که در آن کلمات زیادی وجود دارد | fa
            یہ ایک اردو جملہ ہے جس میں کچھ الفاظ ہیں | ur
            הממשלה הודיעה על הפסקת אש בצפון | he
            Правительство объявило о прекращении огня | ru
            2024 - 30 / 1 | und
            Baghdad | en
            """)
    void segmentLanguageComesFromItsOwnText(String text, String expected) {
        assertEquals(expected, ScriptLanguage.of(text, 0, text.length()));
    }
}
