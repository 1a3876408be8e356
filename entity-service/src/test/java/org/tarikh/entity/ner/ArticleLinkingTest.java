package org.tarikh.entity.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.tarikh.entity.TsvRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tarikh.entity.text.TokenizedText;

/** Short references in later segments of an article link to the full name of an earlier one (article-linking.tsv). */
class ArticleLinkingTest {

    static NameRecognizer recognizer;

    @BeforeAll
    static void load() {
        recognizer = NameRecognizer.load(Lexicon.load());
    }

    static Stream<Arguments> cases() {
        return TsvRows.of("/ner/article-linking.tsv").stream().map(c -> Arguments.of(c[0], c[1], c[2]));
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @MethodSource("cases")
    void aLaterSegmentsReferenceCarriesTheKeyOfTheFullNameNamedBefore(String article, String reference, String full) {
        String[] segments = article.split(" ¦ ");
        ArticlePersons persons = new ArticlePersons();
        List<List<Mention>> found = new ArrayList<>();
        for (String s : segments) {
            found.add(recognizer.recognize(TokenizedText.of(s), null, persons));
        }
        Mention named = found.get(0).stream().filter(m -> m.type() == EntityType.PERSON && m.text().equals(full))
                .findFirst().orElseThrow(() -> new AssertionError("no «" + full + "» in " + found.get(0)));
        List<Mention> last = found.get(found.size() - 1);
        if (reference.startsWith("NONE:")) {
            String word = reference.substring(5);
            assertFalse(last.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.text().contains(word)),
                    "«" + word + "» is no person here: " + last);
            return;
        }
        Mention linked = last.stream().filter(m -> m.type() == EntityType.PERSON && m.text().equals(reference))
                .findFirst().orElseThrow(() -> new AssertionError("no «" + reference + "» in " + last));
        assertEquals(named.key(), linked.key(), "the reference carries the full name's key");
        String text = segments[segments.length - 1];
        assertEquals(linked.text(), text.substring(linked.start(), linked.end()), "offsets into its own segment");
    }

    @Test
    void withoutTheArticleASurnameAloneCarriesNoFullNamesKey() {
        // the tagger may read the surname after a speech verb as a person, as ANERcorp annotates it; without the
        // article nothing links it to the full name
        List<Mention> alone = recognizer.recognize("وأضاف الشمري أن الفصائل لن تتوقف عن هجماتها.", null);
        String full = Keys.person("إحسان الشمري");
        assertTrue(alone.stream().noneMatch(m -> m.key().equals(full)), alone.toString());
    }

    @Test
    void anArticleRemembersItsFullNamesOnceAndBounded() {
        ArticlePersons persons = new ArticlePersons();
        for (int i = 0; i < 3; i++) {
            recognizer.recognize(TokenizedText.of("Defense Secretary Lloyd Austin said the strikes were proportionate."),
                    null, persons);
        }
        assertEquals(1, persons.known().size(), persons.known().toString());
        for (int i = 0; i < ArticlePersons.LIMIT + 10; i++) {
            persons.remember(new ArticlePersons.Known("person:p" + i, null, List.of("a" + i, "b" + i), true));
        }
        assertEquals(ArticlePersons.LIMIT, persons.known().size());
    }
}
