package cn.zhifa.training.domain.importing;

import cn.zhifa.platform.tabular.TableColumns;
import cn.zhifa.platform.tabular.TableFileException;
import cn.zhifa.training.domain.Hours;
import cn.zhifa.training.domain.InvalidHoursException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The columns of an attendance file, found by English or Chinese name in its header (any order, case ignored,
 * other columns such as a name for the reader's convenience ignored), and the field checks of a line.
 */
public final class AttendanceColumns {
    static final String COURSE_ID = "courseId";
    static final String OFFICER_ID = OfficerRef.OFFICER_ID;
    static final String ID_NUMBER = OfficerRef.ID_NUMBER;
    static final String CREDENTIAL_NUMBER = OfficerRef.CREDENTIAL_NUMBER;
    static final String HOURS = "hours";
    /** The columns, by English or Chinese name; also the template's header. */
    public static final TableColumns COLUMNS = new TableColumns(List.of(
            new TableColumns.Column(COURSE_ID, "课程编号"),
            new TableColumns.Column(OFFICER_ID, "人员编号"),
            new TableColumns.Column(ID_NUMBER, "身份证号码", "身份证号"),
            new TableColumns.Column(CREDENTIAL_NUMBER, "执法证号", "执法证编号", "证件编号"),
            new TableColumns.Column(HOURS, "学时")));

    private static final List<String> OFFICER_COLUMNS = List.of(OFFICER_ID, ID_NUMBER, CREDENTIAL_NUMBER);
    private static final int ABSENT = -1;

    private final int courseId;
    private final int officerId;
    private final int idNumber;
    private final int credentialNumber;
    private final int hours;
    /** The first officer column of the header: where a row that names no officer is told to. */
    private final String officerColumn;

    private AttendanceColumns(Map<String, Integer> found) {
        this.courseId = found.get(COURSE_ID);
        this.officerId = found.getOrDefault(OFFICER_ID, ABSENT);
        this.idNumber = found.getOrDefault(ID_NUMBER, ABSENT);
        this.credentialNumber = found.getOrDefault(CREDENTIAL_NUMBER, ABSENT);
        this.hours = found.get(HOURS);
        this.officerColumn = OFFICER_COLUMNS.stream().filter(found::containsKey).findFirst().orElseThrow();
    }

    static AttendanceColumns of(List<String> header) throws TableFileException {
        TableColumns.Located located = COLUMNS.locate(header);
        Map<String, Integer> found = located.positions();
        if (!located.repeated().isEmpty() || !found.containsKey(COURSE_ID) || !found.containsKey(HOURS)
                || OFFICER_COLUMNS.stream().noneMatch(found::containsKey)) {
            throw headerInvalid(header);
        }
        return new AttendanceColumns(found);
    }

    ParsedLine parse(int line, List<String> cells) {
        List<RowError> errors = new ArrayList<>(2);
        long course = positiveLong(line, cell(cells, courseId), COURSE_ID, RowError.COURSE_ID_INVALID, errors);
        OfficerRef officer = officer(line, cells, errors);
        Hours credited = hours(line, cell(cells, hours), errors);
        return errors.isEmpty()
                ? new AttendanceRow(line, course, officer, credited)
                : new RejectedLine(line, errors);
    }

    private OfficerRef officer(int line, List<String> cells, List<RowError> errors) {
        OfficerRefs.Read read = OfficerRefs.read(cell(cells, officerId), cell(cells, idNumber),
                cell(cells, credentialNumber), "");
        if (read.officer() == null) {
            boolean none = RowError.REQUIRED.equals(read.error());
            errors.add(new RowError(line, none ? officerColumn : read.field(), read.error()));
        }
        return read.officer();
    }

    private static long positiveLong(int line, String text, String field, String invalidCode, List<RowError> errors) {
        if (text.isEmpty()) {
            errors.add(new RowError(line, field, RowError.REQUIRED));
            return 0;
        }
        try {
            long value = Long.parseLong(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like a non-positive number
        }
        errors.add(new RowError(line, field, invalidCode));
        return 0;
    }

    private static Hours hours(int line, String text, List<RowError> errors) {
        if (text.isEmpty()) {
            errors.add(new RowError(line, HOURS, RowError.REQUIRED));
            return null;
        }
        try {
            return Hours.parse(text);
        } catch (InvalidHoursException e) {
            errors.add(new RowError(line, HOURS, e.code()));
            return null;
        }
    }

    private static String cell(List<String> cells, int column) {
        if (column == ABSENT || column >= cells.size() || cells.get(column) == null) {
            return "";
        }
        return cells.get(column).strip();
    }

    private static TableFileException headerInvalid(List<String> header) {
        return new TableFileException(AttendanceFile.HEADER_INVALID, String.join(",", header));
    }
}
