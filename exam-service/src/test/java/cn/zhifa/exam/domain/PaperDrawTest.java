package cn.zhifa.exam.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaperDrawTest {
    private static final String SEED = "5f4dcc3b5aa765d61d8327deb882cf99" + "0123456789abcdef0123456789abcdef";
    private static final Blueprint BLUEPRINT = new Blueprint(List.of(
            new Blueprint.Cell(Difficulty.HARD, 2), new Blueprint.Cell(Difficulty.EASY, 3)));

    private static List<PoolQuestion> pool() {
        List<PoolQuestion> pool = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            Difficulty d = Difficulty.values()[i % 3];
            QuestionType type = QuestionType.values()[i % 3];
            pool.add(new PoolQuestion(i, "Q" + i, d, type, type == QuestionType.TRUE_FALSE ? 2 : 4));
        }
        return pool;
    }

    /** The documented formula, written out independently of the class under test. */
    private static String sha256hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldRecomputeEveryPaperFromThePublishedSeedByTheDocumentedFormula() throws Exception {
        long examId = 17;
        for (long officer : new long[] {1, 51, 9_000_000_001L}) {
            List<DrawnQuestion> paper = PaperDraw.draw(SEED, examId, officer, BLUEPRINT, pool());
            List<String> expected = new ArrayList<>();
            for (Blueprint.Cell cell : BLUEPRINT.cells()) {
                List<String[]> tickets = new ArrayList<>();
                for (PoolQuestion q : pool()) {
                    if (q.difficulty() == cell.difficulty()) {
                        tickets.add(new String[] {sha256hex(SEED + ":" + examId + ":" + officer + ":" + q.code()), q.code()});
                    }
                }
                tickets.sort(Comparator.comparing(t -> t[0]));
                tickets.stream().limit(cell.count()).forEach(t -> expected.add(t[0] + " " + t[1]));
            }
            expected.sort(null);
            assertEquals(expected.stream().map(s -> s.split(" ")[1]).toList(),
                    paper.stream().map(DrawnQuestion::code).toList());
            for (DrawnQuestion q : paper) {
                PoolQuestion source = pool().stream().filter(p -> p.code().equals(q.code())).findFirst().orElseThrow();
                List<String> keys = Question.KEYS.subList(0, source.optionCount());
                List<String> order = new ArrayList<>(keys);
                if (source.type() != QuestionType.TRUE_FALSE) {
                    Map<String, String> t = keys.stream().collect(Collectors.toMap(k -> k, k -> {
                        try {
                            return sha256hex(SEED + ":" + examId + ":" + officer + ":" + q.code() + ":" + k);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }));
                    order.sort(Comparator.comparing(t::get));
                }
                assertEquals(order, q.optionOrder(), q.code());
            }
        }
    }

    @Test
    void shouldDrawEachCellsCountOnceAndTheSamePaperAgain() {
        List<DrawnQuestion> paper = PaperDraw.draw(SEED, 3, 51, BLUEPRINT, pool());
        assertEquals(5, paper.size());
        assertEquals(List.of(1, 2, 3, 4, 5), paper.stream().map(DrawnQuestion::position).toList());
        Map<Difficulty, Long> perCell = paper.stream().collect(Collectors.groupingBy(
                q -> pool().get((int) q.questionId() - 1).difficulty(), Collectors.counting()));
        assertEquals(Map.of(Difficulty.HARD, 2L, Difficulty.EASY, 3L), perCell);
        assertEquals(5, paper.stream().map(DrawnQuestion::code).distinct().count());
        assertEquals(paper, PaperDraw.draw(SEED, 3, 51, BLUEPRINT, pool()));
    }

    @Test
    void shouldGiveCandidatesDifferentPapersAndShuffleOptions() {
        List<List<String>> papers = new ArrayList<>();
        boolean shuffled = false;
        for (long officer = 1; officer <= 20; officer++) {
            List<DrawnQuestion> paper = PaperDraw.draw(SEED, 3, officer, BLUEPRINT, pool());
            papers.add(paper.stream().map(DrawnQuestion::code).toList());
            shuffled |= paper.stream().anyMatch(q -> !q.optionOrder().equals(q.optionOrder().stream().sorted().toList()));
            paper.forEach(q -> assertEquals(q.optionOrder().stream().sorted().toList(),
                    Question.KEYS.subList(0, q.optionOrder().size()), "a permutation of the bank's keys"));
        }
        assertTrue(papers.stream().distinct().count() > 10, "papers differ between candidates: " + papers);
        assertTrue(shuffled);
        assertNotEquals(PaperDraw.draw(SEED, 3, 1, BLUEPRINT, pool()), PaperDraw.draw(SEED, 4, 1, BLUEPRINT, pool()));
    }

    @Test
    void shouldDrawEveryQuestionOfACellAboutEquallyOften() {
        // 10 EASY questions, 3 drawn per paper: each is drawn by ~30% of 3,000 candidates
        int[] drawn = new int[31];
        for (long officer = 1; officer <= 3000; officer++) {
            PaperDraw.draw(SEED, 9, officer, BLUEPRINT, pool()).forEach(q -> drawn[(int) q.questionId()]++);
        }
        for (PoolQuestion q : pool()) {
            if (q.difficulty() == Difficulty.EASY) {
                assertTrue(drawn[(int) q.id()] > 780 && drawn[(int) q.id()] < 1020, q.code() + ": " + drawn[(int) q.id()]);
            }
        }
    }

    @Test
    void shouldRefuseABlueprintThePoolCannotFill() {
        Blueprint tooMany = new Blueprint(List.of(new Blueprint.Cell(Difficulty.MEDIUM, 11)));
        assertThrows(IllegalArgumentException.class, () -> PaperDraw.draw(SEED, 1, 1, tooMany, pool()));
    }

    @Test
    void shouldCommitToTheSeedAndThePool() throws Exception {
        assertEquals(sha256hex(SEED), PaperDraw.commitment(SEED));
        String seed = PaperDraw.newSeed(new SplittableRandom(7));
        assertTrue(seed.matches("[0-9a-f]{64}"), seed);
        Question a = new Question(1, "A-1", "COMPREHENSIVE_LAW", QuestionType.SINGLE, "题干", List.of("甲", "乙"), "B",
                Difficulty.EASY, "", false);
        Question b = new Question(2, "B-1", "COMPREHENSIVE_LAW", QuestionType.TRUE_FALSE, "题干二",
                Question.TRUE_FALSE_OPTIONS, "A", Difficulty.HARD, "", false);
        assertEquals(sha256hex("A-1:" + a.contentHash() + "\nB-1:" + b.contentHash()), PaperDraw.poolHash(List.of(b, a)));
        assertEquals(sha256hex(String.join("\u001f", "A-1", "COMPREHENSIVE_LAW", "SINGLE", "EASY", "题干", "甲", "乙", "",
                "", "B")), a.contentHash());
    }

    @Test
    void shouldRefuseABlueprintWithARepeatedOrEmptyCell() {
        assertThrows(IllegalArgumentException.class, () -> new Blueprint(List.of(
                new Blueprint.Cell(Difficulty.EASY, 1), new Blueprint.Cell(Difficulty.EASY, 2))));
        assertThrows(IllegalArgumentException.class, () -> new Blueprint(List.of(new Blueprint.Cell(Difficulty.EASY, 0))));
        assertEquals(List.of(Difficulty.EASY, Difficulty.HARD), BLUEPRINT.cells().stream().map(Blueprint.Cell::difficulty).toList());
        assertEquals(5, BLUEPRINT.size());
    }
}
