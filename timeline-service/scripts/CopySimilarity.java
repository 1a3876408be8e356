import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.tarikh.timeline.chronology.TextSketch;

/** How similar paragraphs of news are (docs/timeline.md, "Why 0.5"): java -cp <timeline classes>:<lucene jars> CopySimilarity.java <Timeline17 topic dirs> */
public class CopySimilarity {
    public static void main(String[] a) throws Exception {
        List<String[]> sents = new ArrayList<>(); // article, text
        for (String dir : a) {
            try (var files = Files.walk(Path.of(dir))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt") && f.toString().contains("InputDocs")).toList()) {
                    for (String line : Files.readAllLines(p)) {
                        if (TextSketch.of(line) != null) sents.add(new String[] { p.toString(), line });
                    }
                }
            }
        }
        Random r = new Random(16);
        Collections.shuffle(sents, r);
        List<String[]> sample = sents.subList(0, Math.min(6000, sents.size()));
        List<TextSketch> sk = sample.stream().map(s -> TextSketch.of(s[1])).toList();
        int[] hist = new int[11];
        int pairs = 0;
        // for each of 600 sentences: best similarity to a sentence of another article
        int n = a.length > 0 && System.getenv("SKIP") != null ? 0 : Math.min(600, sample.size());
        int exact = 0;
        for (int i = 0; i < n; i++) {
            double best = 0;
            for (int j = 0; j < sample.size(); j++) {
                if (sample.get(j)[0].equals(sample.get(i)[0])) continue;
                if (sample.get(j)[1].equals(sample.get(i)[1])) { best = 1; break; }
                best = Math.max(best, sk.get(i).similarity(sk.get(j)));
            }
            if (best == 1) exact++;
            hist[(int) Math.floor(best * 10)]++;
        }
        System.out.println("sentences>=12 words: " + sents.size() + "; sample " + sample.size() + "; best match in another article, for " + n + ": " + Arrays.toString(hist) + " (identical text: " + exact + ")");
        // edits: one word replaced; one word replaced + 3-word trailer; two words replaced; five words replaced
        String[] names = { "1 word", "1 word + trailer", "2 words", "3 words", "5 words" };
        int[] words = { 1, 1, 2, 3, 5 };
        for (int k = 0; k < names.length; k++) {
            List<Double> sims = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                String[] w = sample.get(i)[1].split(" ");
                for (int e = 0; e < words[k]; e++) w[r.nextInt(w.length)] = "edited" + e;
                String t = String.join(" ", w) + (k == 1 ? " ( Reporting by Staff )" : "");
                TextSketch edited = TextSketch.of(t);
                if (edited != null) sims.add(TextSketch.of(sample.get(i)[1]).similarity(edited));
            }
            Collections.sort(sims);
            System.out.printf("%s: p5 %.2f, median %.2f, below 0.6: %d of 500%n", names[k], sims.get(sims.size() / 20), sims.get(sims.size() / 2), sims.stream().filter(x -> x < 0.6).count());
        }
    }
}
