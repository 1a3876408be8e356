package org.tarikh.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes news articles about made-up stories from the sentence templates and names in {@code corpus/}: a story is a
 * type, places, organizations, people, a day and figures; an article tells it in Arabic or English with a dateline,
 * a lead, and body paragraphs of figures, earlier events, quotes and context of varied length.
 */
final class StoryWriter {

    static final List<String> TYPES = List.of("ATTACK", "ATTACK", "ATTACK", "MEETING", "AGREEMENT", "WITHDRAWAL",
            "CONDEMNATION");
    private static final String[] AR_WEEKDAYS = { "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد" };
    private static final String[] AR_MONTHS = { "كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل",
            "أيار/مايو", "حزيران/يونيو", "تموز/يوليو", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
            "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر" };
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9]+)}");

    /** A made-up happening: what, where, who, when and how many. */
    record Story(String id, String type, int place, int place2, int org, int org2, int person, int person2,
            LocalDate day, int killed, int injured, int killed2, int killed3, int small, int km, int year2, int month2) {
    }

    /** An article as written: its title, paragraphs (the first is dateline and lead) and publication date. */
    record Written(String title, List<String> paragraphs, LocalDate published) {
    }

    private final Map<String, List<String[]>> names = new HashMap<>();
    private final Map<String, List<String>> templates = new HashMap<>();

    StoryWriter() {
        for (String[] row : rows("corpus/names.tsv")) {
            names.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new String[] { row[1], row[2] });
        }
        for (String[] row : rows("corpus/templates.tsv")) {
            templates.computeIfAbsent(row[0] + ":" + row[1], k -> new ArrayList<>()).add(row[2]);
        }
    }

    Story story(String id, Random r) {
        String type = TYPES.get(r.nextInt(TYPES.size()));
        int places = names.get("place").size();
        int orgs = names.get("org").size();
        int people = names.get("first").size() * names.get("family").size();
        int place = r.nextInt(places);
        int org = r.nextInt(orgs);
        LocalDate day = LocalDate.of(2016, 1, 1).plusDays(r.nextInt(3500));
        int killed = type.equals("ATTACK") ? 1 + r.nextInt(40) : 0;
        return new Story(id, type, place, (place + 1 + r.nextInt(places - 1)) % places, org,
                (org + 1 + r.nextInt(orgs - 1)) % orgs, r.nextInt(people), r.nextInt(people), day, killed,
                type.equals("ATTACK") ? r.nextInt(90) : 0, killed + 1 + r.nextInt(8), 2 + r.nextInt(60),
                2 + r.nextInt(12), 5 + r.nextInt(200), day.getYear() - 1 - r.nextInt(5), 1 + r.nextInt(12));
    }

    /**
     * An article about the story in {@code lang} ("ar" or "en") by {@code outlet}: {@code paragraphs} body paragraphs
     * after the lead; {@code r} picks the wording, so two articles about one story differ unless given the same seed.
     */
    Written write(Story s, String lang, String outlet, int paragraphs, Random r) {
        boolean attack = s.type().equals("ATTACK");
        List<String> out = new ArrayList<>();
        boolean update = attack && r.nextInt(3) == 0;
        String place = name("place", s.place(), lang);
        String dateline = lang.equals("en") ? place.toUpperCase(Locale.ROOT) + " (" + outlet + ") - " : place + " - " + outlet + ": ";
        out.add(dateline + fill(pick(lang, "lead." + s.type(), r), s, lang, outlet, r));
        if (attack && r.nextInt(3) == 0) {
            out.add(fill(pick(lang, "caption", r), s, lang, outlet, r));
        }
        java.util.Set<String> used = new java.util.HashSet<>(); // an article says each sentence once
        for (int i = 0; i < paragraphs; i++) {
            int sentences = 1 + r.nextInt(3);
            StringBuilder p = new StringBuilder();
            for (int k = 0; k < sentences; k++) {
                String sentence = null;
                for (int attempt = 0; attempt < 8 && (sentence == null || used.contains(sentence)); attempt++) {
                    int roll = r.nextInt(10);
                    String role = roll < 3 ? "filler" : roll < 6 ? "context" : roll < 8 ? "quote" : "background";
                    if (update && i == 0 && k == 0) {
                        role = "update";
                    }
                    sentence = fill(pick(lang, role, r), s, lang, outlet, r);
                }
                if (!used.add(sentence)) {
                    continue;
                }
                if (p.length() > 0) {
                    p.append(' ');
                }
                p.append(sentence);
            }
            if (p.length() > 0) {
                out.add(p.toString());
            }
        }
        String title = fill(pick(lang, "title." + s.type(), r), s, lang, outlet, r);
        return new Written(title, out, s.day().plusDays(update ? 1 + r.nextInt(2) : r.nextInt(3)));
    }

    /** One more sentence of the given role about the story ("update", "filler", "quote", "background"). */
    String sentence(Story s, String lang, String role, String outlet, Random r) {
        return fill(pick(lang, role, r), s, lang, outlet, r);
    }

    String outlet(int i, String lang) {
        List<String[]> heads = names.get("outlet-head");
        List<String[]> tails = names.get("outlet-tail");
        String[] head = heads.get(i % heads.size());
        String[] tail = tails.get(i / heads.size() % tails.size());
        return lang.equals("en") ? head[0] + " " + tail[0] : tail[1] + " " + head[1];
    }

    int outlets() {
        return names.get("outlet-head").size() * names.get("outlet-tail").size();
    }

    String person(int i, String lang) {
        List<String[]> first = names.get("first");
        List<String[]> family = names.get("family");
        int f = lang.equals("en") ? 0 : 1;
        return first.get(i % first.size())[f] + " " + family.get(i / first.size() % family.size())[f];
    }

    private String name(String kind, int i, String lang) {
        return names.get(kind).get(i)[lang.equals("en") ? 0 : 1];
    }

    private String pick(String lang, String role, Random r) {
        List<String> options = templates.get(lang + ":" + role);
        if (options == null) {
            throw new IllegalStateException("no template " + lang + ":" + role);
        }
        return options.get(r.nextInt(options.size()));
    }

    private String fill(String template, Story s, String lang, String outlet, Random r) {
        boolean en = lang.equals("en");
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = switch (m.group(1)) {
                case "place" -> name("place", s.place(), lang);
                case "place2" -> name("place", s.place2(), lang);
                case "org" -> name("org", s.org(), lang);
                case "org2" -> name("org", s.org2(), lang);
                case "person" -> person(s.person(), lang);
                case "person2" -> person(s.person2(), lang);
                case "spokes" -> en ? "a spokesman for " + name("org", s.org(), lang) : "المتحدث باسم " + name("org", s.org(), lang);
                case "killed" -> Integer.toString(s.killed());
                case "injured" -> Integer.toString(s.injured());
                case "killed2" -> Integer.toString(s.killed2());
                case "killed3" -> Integer.toString(s.killed3());
                case "small" -> Integer.toString(s.small());
                case "km" -> Integer.toString(s.km());
                case "weekday" -> weekday(s.day().getDayOfWeek(), en);
                case "weekday2" -> weekday(s.day().plusDays(1).getDayOfWeek(), en);
                case "date" -> date(s.day(), en);
                case "day" -> Integer.toString(s.day().getDayOfMonth());
                case "month" -> month(template.contains("{year2}") ? s.month2() : s.day().getMonthValue(), en);
                case "year" -> Integer.toString(s.day().getYear());
                case "year2" -> Integer.toString(s.year2());
                case "outlet" -> outlet;
                case "rn" -> Integer.toString(2 + r.nextInt(300));
                case "rplace" -> name("place", r.nextInt(names.get("place").size()), lang);
                case "rorg" -> name("org", r.nextInt(names.get("org").size()), lang);
                case "ryear" -> Integer.toString(2005 + r.nextInt(10));
                default -> throw new IllegalStateException("unknown placeholder " + m.group());
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        String text = sb.toString();
        return en && !text.isEmpty() ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : text;
    }

    private static String weekday(DayOfWeek d, boolean en) {
        return en ? d.getDisplayName(TextStyle.FULL, Locale.ENGLISH) : AR_WEEKDAYS[d.getValue() - 1];
    }

    private static String month(int m, boolean en) {
        return en ? java.time.Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH) : AR_MONTHS[m - 1];
    }

    private static String date(LocalDate d, boolean en) {
        // with the year half of the time, as agencies write it; without, it is resolved against publication
        boolean year = d.getDayOfMonth() % 2 == 0;
        if (en) {
            String md = month(d.getMonthValue(), true) + " " + d.getDayOfMonth();
            return year ? md + ", " + d.getYear() : md;
        }
        String dm = d.getDayOfMonth() + " " + AR_MONTHS[d.getMonthValue() - 1];
        return year ? dm + " " + d.getYear() : dm;
    }

    private static List<String[]> rows(String resource) {
        try (InputStream in = StoryWriter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String[]> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null;) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t"));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
