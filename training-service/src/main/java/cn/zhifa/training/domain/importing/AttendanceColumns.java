package cn.zhifa.training.domain.importing;

import cn.zhifa.platform.tabular.TableColumns;
import cn.zhifa.platform.tabular.TableFileException;
import cn.zhifa.training.domain.Hours;
import cn.zhifa.training.domain.InvalidHoursException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The columns of an attendance file, found by English or Chinese name in its header (any order, case ignored,
 * other columns such as a name for the reader's convenience ignored), and the field checks of a line.
 */
public final class AttendanceColumns {
    static final String COURSE_ID = "courseId";
    static final String OFFICER_ID = "officerId";
    static final String ID_NUMBER = "idNumber";
    static final String HOURS = "hours";
    /** The columns, by English or Chinese name; also the template's header. */
    public static final TableColumns COLUMNS = new TableColumns(List.of(
            new TableColumns.Column(COURSE_ID, "课程编号"),
            new TableColumns.Column(OFFICER_ID, "人员编号"),
            new TableColumns.Column(ID_NUMBER, "身份证号码", "身份证号"),
            new TableColumns.Column(HOURS, "学时")));

    private static final Pattern ID_NUMBER_FORMAT = Pattern.compile("[0-9]{17}[0-9X]");
    private static final int ABSENT = -1;

    private final int courseId;
    private final int officerId;
    private final int idNumber;
    private final int hours;

    private AttendanceColumns(int courseId, int officerId, int idNumber, int hours) {
        this.courseId = courseId;
        this.officerId = officerId;
        this.idNumber = idNumber;
        this.hours = hours;
    }

    static AttendanceColumns of(List<String> header) throws TableFileException {
        TableColumns.Located located = COLUMNS.locate(header);
        Map<String, Integer> found = located.positions();
        if (!located.repeated().isEmpty() || !found.containsKey(COURSE_ID) || !found.containsKey(HOURS)
                || !found.containsKey(OFFICER_ID) && !found.containsKey(ID_NUMBER)) {
            throw headerInvalid(header);
        }
        return new AttendanceColumns(found.get(COURSE_ID), found.getOrDefault(OFFICER_ID, ABSENT),
                found.getOrDefault(ID_NUMBER, ABSENT), found.get(HOURS));
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
        String byId = cell(cells, officerId);
        String byIdNumber = cell(cells, idNumber);
        if (!byId.isEmpty() && !byIdNumber.isEmpty()) {
            errors.add(new RowError(line, ID_NUMBER, RowError.OFFICER_GIVEN_TWICE));
            return null;
        }
        if (!byIdNumber.isEmpty()) {
            String upper = byIdNumber.toUpperCase(Locale.ROOT);
            if (ID_NUMBER_FORMAT.matcher(upper).matches()) {
                return new OfficerRef.ByIdNumber(upper);
            }
            errors.add(new RowError(line, ID_NUMBER, RowError.ID_NUMBER_INVALID));
            return null;
        }
        String field = officerId == ABSENT ? ID_NUMBER : OFFICER_ID;
        long id = positiveLong(line, byId, field, RowError.OFFICER_ID_INVALID, errors);
        return id > 0 ? new OfficerRef.ById(id) : null;
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
