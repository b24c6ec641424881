package cn.zhifa.exam.domain;

import cn.zhifa.platform.crypto.Sha256;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The paper draw, exactly as docs/exams.md states it, so that anyone with the published seed and pool can recompute
 * every candidate's paper ({@code sha256hex} is the lowercase hex SHA-256 of the UTF-8 text):
 * <ul>
 *   <li>commitment, shown when the exam is scheduled: {@code sha256hex(seed)};</li>
 *   <li>pool hash, shown with it: {@code sha256hex} of the lines {@code code:contentHash} of the pool's questions,
 *       sorted by code, joined by {@code \n};</li>
 *   <li>a question's ticket for a candidate: {@code sha256hex(seed:examId:officerId:code)}; in each blueprint cell the
 *       {@code count} questions of that difficulty with the smallest tickets are drawn, and the paper lists every drawn
 *       question by ascending ticket;</li>
 *   <li>an option's ticket: {@code sha256hex(seed:examId:officerId:code:key)}; options are shown by ascending ticket
 *       (TRUE_FALSE questions keep 正确, 错误).</li>
 * </ul>
 * The planner's target draw uses the same idea (the smallest hashes of seed and name win).
 */
public final class PaperDraw {
    private PaperDraw() {
    }

    /** A fresh secret seed: 32 bytes of {@code random} as 64 hex digits. */
    public static String newSeed(RandomGenerator random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public static String commitment(String seed) {
        return Sha256.hex(seed);
    }

    public static String poolHash(List<Question> pool) {
        return Sha256.hex(String.join("\n", pool.stream()
                .sorted(Comparator.comparing(Question::code))
                .map(q -> q.code() + ":" + q.contentHash())
                .toList()));
    }

    public static String ticket(String seed, long examId, long officerId, String code) {
        return Sha256.hex(seed + ":" + examId + ":" + officerId + ":" + code);
    }

    static String optionTicket(String seed, long examId, long officerId, String code, String key) {
        return ticket(seed, examId, officerId, code + ":" + key);
    }

    /**
     * The paper of {@code officerId}.
     *
     * @throws IllegalArgumentException when a cell asks for more questions than the pool holds of its difficulty
     */
    public static List<DrawnQuestion> draw(String seed, long examId, long officerId, Blueprint blueprint,
                                           List<PoolQuestion> pool) {
        Map<Difficulty, List<PoolQuestion>> byDifficulty = new EnumMap<>(Difficulty.class);
        pool.forEach(q -> byDifficulty.computeIfAbsent(q.difficulty(), d -> new ArrayList<>()).add(q));
        record Ticketed(String ticket, PoolQuestion question) {
        }
        Comparator<Ticketed> byTicket = Comparator.comparing(Ticketed::ticket)
                .thenComparing(t -> t.question().code());
        List<Ticketed> drawn = new ArrayList<>();
        for (Blueprint.Cell cell : blueprint.cells()) {
            List<PoolQuestion> members = byDifficulty.getOrDefault(cell.difficulty(), List.of());
            if (members.size() < cell.count()) {
                throw new IllegalArgumentException("the pool holds " + members.size() + " " + cell.difficulty()
                        + " question(s), the blueprint asks for " + cell.count());
            }
            members.stream().map(q -> new Ticketed(ticket(seed, examId, officerId, q.code()), q))
                    .sorted(byTicket).limit(cell.count()).forEach(drawn::add);
        }
        drawn.sort(byTicket);
        List<DrawnQuestion> paper = new ArrayList<>(drawn.size());
        for (Ticketed t : drawn) {
            PoolQuestion q = t.question();
            List<String> keys = Question.KEYS.subList(0, q.optionCount());
            List<String> order = q.type() == QuestionType.TRUE_FALSE ? keys : keys.stream()
                    .sorted(Comparator.comparing(key -> optionTicket(seed, examId, officerId, q.code(), key)))
                    .toList();
            paper.add(new DrawnQuestion(paper.size() + 1, q.id(), q.code(), order));
        }
        return paper;
    }
}
