package cn.zhifa.training.domain.importing;

import java.util.List;

/**
 * A line with at least one bad field.
 *
 * @param line   the line number (1 is the header)
 * @param errors every bad field of the line
 */
public record RejectedLine(int line, List<RowError> errors) implements ParsedLine {
    public RejectedLine {
        errors = List.copyOf(errors);
    }
}
