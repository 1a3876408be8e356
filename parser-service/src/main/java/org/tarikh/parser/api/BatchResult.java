package org.tarikh.parser.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The answer to a batch: how many lines were accepted and rejected, and each line's own result. */
public record BatchResult(int accepted, int rejected, List<Line> results) {

    static BatchResult of(List<Line> lines) {
        int ok = (int) lines.stream().filter(l -> l.status == 202).count();
        return new BatchResult(ok, lines.size() - ok, lines);
    }

    /**
     * One line of the batch: {@code status} 202 with the accepted article, or the 4xx/5xx the line alone would
     * have got, with its problem.
     *
     * @param line 1-based line number in the request body
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(int line, int status, ArticleAccepted article, Problem problem) {

        static Line accepted(int line, ArticleAccepted article) {
            return new Line(line, 202, article, null);
        }

        static Line rejected(int line, Problem problem) {
            return new Line(line, problem.status(), null, problem);
        }
    }
}
