package cn.zhifa.platform.tabular;

import cn.zhifa.platform.error.Violations;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The columns of an import file, found by name in its header: each by its English name (the API's field name)
 * or one of its Chinese names, as Chinese offices head their sheets; any order, case and surrounding spaces
 * ignored, other columns (a name beside an id, for the reader) ignored. One list per import, also the header
 * of its template.
 */
public final class TableColumns {
    /** A column: its English name and the Chinese ones accepted beside it (the first is the template's). */
    public record Column(String name, List<String> chinese) {
        public Column(String name, String... chinese) {
            this(name, List.of(chinese));
        }
    }

    /**
     * Where the known columns are in a header.
     *
     * @param positions each column found (English name) → its index, in the order of the import's columns
     * @param repeated  columns found more than once (the first place is in {@code positions})
     */
    public record Located(Map<String, Integer> positions, Set<String> repeated) {
        /** The columns of {@code wanted} not found. */
        public List<String> missing(List<String> wanted) {
            return wanted.stream().filter(name -> !positions.containsKey(name)).toList();
        }

        /** The cell of column {@code name} in {@code cells}, stripped; empty when absent. */
        public String cell(List<String> cells, String name) {
            Integer index = positions.get(name);
            return index == null || index >= cells.size() || cells.get(index) == null ? "" : cells.get(index).strip();
        }
    }

    /**
     * A data line of an import file held whole to be checked together.
     *
     * @param number the line's number in the file
     * @param cells  each of the import's columns (English name) → its stripped cell; null for a column the header lacks
     */
    public record Line(int number, Map<String, String> cells) {
    }

    private final List<Column> columns;
    private final Map<String, String> byHeading = new LinkedHashMap<>();

    public TableColumns(List<Column> columns) {
        this.columns = List.copyOf(columns);
        for (Column column : columns) {
            byHeading.put(normalise(column.name()), column.name());
            column.chinese().forEach(heading -> byHeading.put(normalise(heading), column.name()));
        }
    }

    /** The English names, in order. */
    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** The template's header: each column's first Chinese name. */
    public List<String> chineseHeader() {
        return columns.stream().map(column -> column.chinese().getFirst()).toList();
    }

    /**
     * The import's template to download: a CSV (UTF-8 with a byte-order mark, as Excel opens it) whose only line
     * is the Chinese header, ready to fill in and import.
     */
    public Response template(String fileBaseName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter table = TableWriter.open(TableFormat.CSV, out, fileBaseName)) {
            table.row(chineseHeader());
        }
        return Response.ok(out.toByteArray(), TableFormat.CSV_TYPE + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileBaseName + ".csv\"").build();
    }

    public Located locate(List<String> header) {
        Map<String, Integer> found = new LinkedHashMap<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = byHeading.get(normalise(header.get(i)));
            if (name != null && found.putIfAbsent(name, i) != null) {
                repeated.add(name);
            }
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String name : names()) {
            if (found.containsKey(name)) {
                ordered.put(name, found.get(name));
            }
        }
        return new Located(ordered, repeated);
    }

    /**
     * Every data line of {@code file}, its cells found by the header's column names. A header that lacks a column
     * not in {@code optional} refuses the file (400, {@code IMPORT_COLUMN_MISSING} per column, with its Chinese and English name); an unreadable
     * file is refused as {@link TableFileException#toProblem()} says.
     */
    public List<Line> readLines(TableReader reader, Path file, Collection<String> optional) {
        List<Line> lines = new ArrayList<>();
        Located[] header = {null};
        try {
            reader.read(file, (number, cells) -> {
                if (header[0] == null) {
                    header[0] = locate(cells);
                    requireColumns(header[0], optional);
                    return;
                }
                Map<String, String> byColumn = new LinkedHashMap<>();
                for (String column : names()) {
                    byColumn.put(column, header[0].positions().containsKey(column) ? header[0].cell(cells, column) : null);
                }
                lines.add(new Line(number, byColumn));
            });
        } catch (TableFileException e) {
            throw e.toProblem();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private void requireColumns(Located header, Collection<String> optional) {
        Violations v = new Violations();
        // the template's Chinese heading and the English name, so each language's message names the column as its reader heads it
        columns.stream().filter(column -> header.missing(names()).contains(column.name()) && !optional.contains(column.name()))
                .forEach(column -> v.add("file", "IMPORT_COLUMN_MISSING", column.chinese().getFirst(), column.name()));
        v.throwIfInvalid();
    }

    /** The cells of {@code row} in the order of the import's columns ("" for a column the header lacks). */
    public List<String> inOrder(Located located, List<String> row) {
        List<String> cells = new ArrayList<>(columns.size());
        names().forEach(name -> cells.add(located.cell(row, name)));
        return cells;
    }

    private static String normalise(String heading) {
        // Excel at times keeps a byte-order mark in the first cell of a file declared as UTF-8.
        return heading == null ? "" : heading.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }
}
