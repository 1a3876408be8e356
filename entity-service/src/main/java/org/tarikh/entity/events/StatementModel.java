package org.tarikh.entity.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.tarikh.entity.ner.Lexicon;
import org.tarikh.entity.ner.Mention;
import org.tarikh.entity.text.Clitics;
import org.tarikh.entity.text.Script;
import org.tarikh.entity.text.Token;
import org.tarikh.entity.text.TokenizedText;

/**
 * Whether an Arabic verb of saying reports a statement event of its own or only attributes what it reports: a
 * logistic model over features of the verb (its lemma, tense, place in the sentence), its speaker (a source, a
 * document) and its reported clause (a complementizer and what follows it: a passive of "took place", a definite or
 * indefinite subject, a perfect, imperfect, future or negated verb, a count). The rules of {@link ReportedEvents}
 * (source speakers, attribution only) are two of its features. The weights ({@code resources/events/statement-model.tsv})
 * are learned from the hand-annotated dev half of {@code docs/eval/events-ar.tsv} by {@code StatementTrainer}
 * (entity-service/scripts/train-statements.sh); without them the rules decide alone.
 */
final class StatementModel {

    /** The features of one candidate, the offset of its verb and the rules' decision, as the trainer sees them. */
    record Candidate(int start, List<String> features, boolean rules) {
    }

    /** The trainer's tap on the candidates the annotator weighs; null when serving. */
    static volatile Consumer<Candidate> observer;

    private static final StatementModel LOADED = load();

    private final Map<String, Double> weights;
    private final double bias;
    private final double margin;

    private StatementModel(Map<String, Double> weights, double bias, double margin) {
        this.weights = weights;
        this.bias = bias;
        this.margin = margin;
    }

    private static StatementModel load() {
        Map<String, Double> w = new HashMap<>();
        double[] b = {0, 0};
        if (Boolean.getBoolean("tarikh.statement.rules")) {
            return null;
        }
        try {
            Lexicon.readTsv("events/statement-model.tsv", c -> {
                if (c[0].equals("bias")) {
                    b[0] = Double.parseDouble(c[1]);
                } else if (c[0].equals("margin")) {
                    b[1] = Double.parseDouble(c[1]);
                } else {
                    w.put(c[0], Double.parseDouble(c[1]));
                }
            });
        } catch (RuntimeException missing) {
            return null; // no model: the rules decide
        }
        return w.isEmpty() ? null : new StatementModel(w, b[0], b[1]);
    }

    /**
     * Whether statement verb {@code h} is a statement event, by the model where one is loaded, else by the rules
     * (not a source, not attribution only).
     */
    static boolean statement(TokenizedText t, TriggerHit h, List<TriggerHit> hits, List<Mention> mentions,
            boolean rules) {
        List<String> features = features(t, h, hits, mentions, rules);
        Consumer<Candidate> tap = observer;
        if (tap != null) {
            tap.accept(new Candidate(h.start(), features, rules));
        }
        if (LOADED == null) {
            return rules;
        }
        double p = LOADED.probability(features);
        // the model overturns the rules only when it is sure: its probability at least `margin` from one half
        return Math.abs(p - 0.5) >= LOADED.margin ? p >= 0.5 : rules;
    }

    double probability(List<String> features) {
        double z = bias;
        for (String f : features) {
            z += weights.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    private static final Set<String> DOCUMENTS = Set.of("بيان", "صحيفه", "مقال", "تقرير", "وكاله", "رساله",
            "تصريح", "تصريحات", "خطاب");
    private static final Set<String> RELATIVE = Set.of("الذي", "التي", "الذين", "فيه", "فيها", "حيث");
    private static final Set<String> IMPERFECT_T = Set.of("تقول", "تري", "تذكر", "تفيد", "تعلن", "تؤكد");
    private static final Set<String> NEGATION = Set.of("لم", "لا", "لن", "ليس", "ما");

    /** The features of Arabic statement verb {@code h} in its sentence. */
    static List<String> features(TokenizedText t, TriggerHit h, List<TriggerHit> hits, List<Mention> mentions,
            boolean rules) {
        List<String> f = new ArrayList<>();
        int sentence = t.get(h.from()).sentence();
        int first = t.firstTokenOf(sentence);
        int last = t.firstTokenOf(sentence + 1) - 1;
        String verb = Clitics.bare(t.get(h.from()).form());
        f.add("lemma=" + lemma(h.trigger().words().get(0)));
        if (verb.startsWith("ي") || IMPERFECT_T.contains(verb)) {
            f.add("imperfect"); // يقول، تقول (تعهد، تبنى are perfects: ت alone does not make an imperfect)
        }
        if (ReportedEvents.bySource(t, h)) {
            f.add("source");
        }
        if (!rules) {
            f.add("rules-no");
        }
        for (int k = h.to() + 1; k <= h.to() + 3 && k <= last; k++) {
            if (DOCUMENTS.contains(Clitics.withoutArticle(Clitics.bare(t.get(k).form())))) {
                f.add("document-speaker");
                break;
            }
        }
        for (int k = h.from() - 1; k >= first && k >= h.from() - 2; k--) {
            String w = Clitics.bare(t.get(k).form());
            if (w.equals("كان") || w.equals("كانت")) {
                f.add("pluperfect");
            }
            if (RELATIVE.contains(w)) {
                f.add("relative");
            }
        }
        if (h.from() - first <= 1) {
            f.add("initial");
        }
        if (sentence == t.get(0).sentence()) {
            f.add("lede"); // the article's first sentence
        }
        // the speaker: the first name within three words after the verb, by its type
        int after = h.to() + 3 < t.size() ? t.get(Math.min(last, h.to() + 3)).end() : Integer.MAX_VALUE;
        f.add("speaker=" + mentions.stream().filter(m -> m.start() >= t.get(h.to()).end() && m.start() < after)
                .map(m -> m.type().name()).findFirst().orElse("none"));
        int comp = -1;
        for (int k = h.to() + 1; k <= last && k <= h.to() + 12; k++) {
            if (EventCues.is(EventCues.Kind.COMPLEMENTIZER, t, k)) {
                comp = k;
                break;
            }
        }
        if (comp < 0) {
            f.add("no-complement");
        } else {
            f.add("complement");
            String c = Clitics.bare(t.get(comp).form());
            if (c.length() > 3) {
                f.add("complement-pronoun"); // أنه، إنها: the speaker or a thing told before is the subject
            }
            if (comp + 1 <= last) {
                String next = Clitics.bare(t.get(comp + 1).form());
                if (next.equals("تم") || next.equals("جري")) {
                    f.add("complement-passive");
                } else if (Clitics.hasArticle(next) || next.equals("هذا") || next.equals("هذه")) {
                    f.add("complement-definite");
                } else if (t.get(comp + 1).script() == Script.ARABIC && !Factuality.arabicPerfect(t, comp + 1)) {
                    f.add("complement-indefinite");
                }
            }
            for (int k = comp + 1; k <= last && k <= comp + 7; k++) {
                Token tok = t.get(k);
                String w = Clitics.bare(tok.form());
                if (Clauses.clauseMark(tok)) {
                    break;
                }
                if (Factuality.arabicPerfect(t, k)) {
                    f.add("complement-perfect");
                }
                if (NEGATION.contains(w)) {
                    f.add("complement-negated");
                }
                if (w.equals("سوف") || w.length() > 4 && (w.startsWith("سي") || w.startsWith("ست"))) {
                    f.add("complement-future");
                }
                if (w.length() > 3 && w.startsWith("ي") && !w.startsWith("يوم") && tok.script() == Script.ARABIC) {
                    f.add("complement-imperfect"); // يستهدف، يريد; a noun in ت (تصعيد) is none
                }
                if (Numbers.at(t, k) != null) {
                    f.add("complement-count");
                }
            }
        }
        for (int k = first; k <= last; k++) {
            String form = t.get(k).form();
            if (form.equals("\"") || form.equals("«") || form.equals("»")) {
                f.add("quote");
                break;
            }
        }
        if (EventCues.anyIn(EventCues.Kind.SPEECH_MANNER, t, first, last)) {
            f.add("speech-participle");
        }
        for (TriggerHit o : hits) {
            if (o != h && o.type().violent()) {
                f.add("violent-word");
            } else if (o != h && o.type() != EventType.STATEMENT) {
                f.add("other-trigger");
            }
        }
        return f.stream().distinct().toList();
    }

    /** A generated form back to its listed verb: قالت، قالوا → قال; a listed one stays. */
    private static String lemma(String form) {
        if (form.length() > 4 && form.endsWith("وا")) {
            return form.substring(0, form.length() - 2);
        }
        if (form.length() > 3 && form.endsWith("ت")) {
            return form.substring(0, form.length() - 1);
        }
        return form;
    }
}
