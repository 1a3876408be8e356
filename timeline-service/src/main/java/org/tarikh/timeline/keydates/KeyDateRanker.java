package org.tarikh.timeline.keydates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses a story's key dates and the sentences that tell them, from the days its articles refer to
 * (docs/keydates.md explains the method and where it comes from).
 *
 * <p>Dates: a day matters when many articles refer to it soon after it, from different outlets (Tran et al. 2015;
 * Martschat and Markert 2018; the date features of Ghalandari and Ifrim 2020). Each article that refers to a day
 * counts once, weighted by how soon after the day it was published ({@link #lagWeight}); articles published on the day
 * add a smaller share; the sum grows with the number of outlets.
 *
 * <p>Sentences: for each chosen day, among the sentences that refer to it (those published within a week after it,
 * when there are any), those nearest to the story's centroid and the day's (TF-IDF over the candidate sentences); a
 * sentence too similar to one already chosen, for this day or another, is passed over (redundancy).
 */
public final class KeyDateRanker {

    /** Weight of a reference by days between the day referred to and publication: halves every {@code HALF_LIFE}. */
    static final double HALF_LIFE = 10;
    /** A reference to a day after publication (something planned, announced) counts this much. */
    static final double FUTURE = 0.2;
    /** Each article published on a day adds this much to the day. */
    static final double PUBLISHED = 0.25;
    /** Multiplies the score by 1 + OUTLETS * ln(outlets). */
    static final double OUTLETS = 0.25;
    /** How much more a sentence's likeness to the whole story counts than its likeness to the day's other sentences. */
    static final double STORY = 2;
    /** A day is told by the sentences published up to this many days after it, when there are any. */
    static final int FRESH_DAYS = 7;
    /** Sentences more similar than this (cosine of TF-IDF) to one already chosen are redundant. */
    static final double REDUNDANT = 0.5;

    /**
     * A clock time (17:45, 10.16 GMT): a sentence with one is most often a byline's or a comment's time stamp, which
     * says when something was written, not what happened.
     */
    static final Pattern STAMP = Pattern.compile(
            "(?<![\\d.,:])(?:[01]?\\d|2[0-3])(?::[0-5]\\d(?![\\d:])|\\.[0-5]\\d\\s*(?:GMT|BST|UTC)\\b)");

    private KeyDateRanker() {
    }

    /** How many articles published on {@code published} by {@code source} refer to {@code day}. */
    public record DayCount(LocalDate day, LocalDate published, String source, int articles) {
    }

    /** A day's score and why. */
    public record DayScore(LocalDate day, double score, int articles, int outlets, int published) {
    }

    /** A sentence that refers to a day. */
    public record Candidate(LocalDate day, String text, String articleId, String segmentId, String source,
            LocalDate published) {
    }

    /** A chosen day, its sentences and why it was chosen. */
    public record KeyDate(LocalDate day, List<Candidate> sentences, double score, int articles, int outlets,
            int published, long events) {
    }

    static double lagWeight(long lag) {
        return lag < 0 ? FUTURE * Math.pow(0.5, -lag / HALF_LIFE) : Math.pow(0.5, lag / HALF_LIFE);
    }

    /**
     * Every day referred to, best first.
     *
     * @param publishedOn how many of the selected articles were published on each day
     */
    public static List<DayScore> rankDays(List<DayCount> counts, Map<LocalDate, Integer> publishedOn) {
        Map<LocalDate, double[]> refs = new HashMap<>(); // weighted references, articles
        Map<LocalDate, Set<String>> outlets = new HashMap<>();
        for (DayCount c : counts) {
            double[] r = refs.computeIfAbsent(c.day(), d -> new double[2]);
            long lag = c.published() == null ? 0 : ChronoUnit.DAYS.between(c.day(), c.published());
            r[0] += c.articles() * lagWeight(lag);
            r[1] += c.articles();
            outlets.computeIfAbsent(c.day(), d -> new HashSet<>()).add(c.source() == null ? "" : c.source());
        }
        List<DayScore> out = new ArrayList<>(refs.size());
        refs.forEach((day, r) -> {
            int published = publishedOn.getOrDefault(day, 0);
            int sources = outlets.get(day).size();
            double score = (r[0] + PUBLISHED * published) * (1 + OUTLETS * Math.log(sources));
            out.add(new DayScore(day, score, (int) r[1], sources, published));
        });
        out.sort(Comparator.comparingDouble(DayScore::score).reversed().thenComparing(DayScore::day));
        return out;
    }

    /**
     * The first {@code n} of the ranked days that have a sentence not redundant with those chosen before, each with
     * up to {@code k} sentences, best first.
     *
     * @param candidates the sentences referring to the ranked days (any order)
     * @param events     how many events each day holds (for the answer's "why")
     */
    public static List<KeyDate> choose(List<DayScore> ranked, List<Candidate> candidates, int n, int k,
            Map<LocalDate, Long> events) {
        Map<LocalDate, List<Candidate>> byDay = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            byDay.computeIfAbsent(c.day(), d -> new ArrayList<>()).add(c);
        }
        Vectors vectors = new Vectors(candidates);
        Map<String, Double> story = vectors.centroid(candidates);
        List<Map<String, Double>> chosenVectors = new ArrayList<>();
        Set<String> chosenTexts = new HashSet<>();
        List<KeyDate> out = new ArrayList<>();
        for (DayScore d : ranked) {
            if (out.size() == n) {
                break;
            }
            List<Candidate> pool = fresh(byDay.getOrDefault(d.day(), List.of()));
            if (pool.isEmpty()) {
                continue;
            }
            Map<String, Double> day = vectors.centroid(pool);
            List<Scored> scored = new ArrayList<>(pool.size());
            for (Candidate c : pool) {
                Map<String, Double> v = vectors.of(c);
                if (v.isEmpty()) {
                    continue;
                }
                double s = Vectors.cosine(v, day) + STORY * Vectors.cosine(v, story)
                        - lengthPenalty(vectors.length(c)) - (STAMP.matcher(c.text()).find() ? 0.3 : 0);
                scored.add(new Scored(c, v, s));
            }
            scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                    .thenComparing(x -> x.candidate().articleId()));
            List<Candidate> picked = new ArrayList<>();
            for (Scored s : scored) {
                if (picked.size() == k) {
                    break;
                }
                if (!chosenTexts.add(s.candidate().text())
                        || chosenVectors.stream().anyMatch(v -> Vectors.cosine(v, s.vector()) > REDUNDANT)) {
                    continue;
                }
                picked.add(s.candidate());
                chosenVectors.add(s.vector());
            }
            if (!picked.isEmpty()) {
                out.add(new KeyDate(d.day(), picked, d.score(), d.articles(), d.outlets(), d.published(),
                        events.getOrDefault(d.day(), 0L)));
            }
        }
        return out;
    }

    /**
     * The sentences reported within {@link #FRESH_DAYS} after the day, when there are any: reports of the days that
     * follow tell what happened, later ones look back from elsewhere.
     */
    static List<Candidate> fresh(List<Candidate> pool) {
        List<Candidate> fresh = pool.stream().filter(c -> c.published() != null
                && !c.published().isBefore(c.day()) && !c.published().isAfter(c.day().plusDays(FRESH_DAYS))).toList();
        return fresh.isEmpty() ? pool : fresh;
    }

    /** Sentences of a few words are headlines or fragments, very long ones are lists: both tell a day badly. */
    static double lengthPenalty(int words) {
        if (words < 6) {
            return 0.3;
        }
        return words > 45 ? 0.01 * (words - 45) : 0;
    }

    private record Scored(Candidate candidate, Map<String, Double> vector, double score) {
    }
}
