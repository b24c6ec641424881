package cn.zhifa.exam.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How many questions of each difficulty a paper holds; each cell at most once, in difficulty order. */
public record Blueprint(List<Cell> cells) {
    public record Cell(Difficulty difficulty, int count) {
    }

    public Blueprint {
        Map<Difficulty, Integer> byDifficulty = new TreeMap<>();
        for (Cell cell : cells) {
            if (cell.count() <= 0 || byDifficulty.put(cell.difficulty(), cell.count()) != null) {
                throw new IllegalArgumentException("blueprint cells must be positive and distinct: " + cells);
            }
        }
        cells = byDifficulty.entrySet().stream().map(e -> new Cell(e.getKey(), e.getValue())).toList();
    }

    public int size() {
        return cells.stream().mapToInt(Cell::count).sum();
    }
}
