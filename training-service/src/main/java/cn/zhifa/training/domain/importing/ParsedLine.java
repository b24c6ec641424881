package cn.zhifa.training.domain.importing;

/** One data line of an attendance file: a well-formed row, or the reasons it is not. */
public sealed interface ParsedLine permits AttendanceRow, RejectedLine {
    /** The line (CSV) or row (xlsx) number, 1 being the header. */
    int line();
}
