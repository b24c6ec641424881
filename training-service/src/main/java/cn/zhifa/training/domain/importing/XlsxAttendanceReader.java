package cn.zhifa.training.domain.importing;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The xlsx side of {@link AttendanceFileReader}: the first sheet, read as a SAX stream (the workbook is
 * opened from the file, so only the shared-strings table is held in memory). Cell values are taken as
 * Excel displays them, so an identity number typed as a number (5.00115E+17) is refused, not guessed.
 */
final class XlsxAttendanceReader implements AttendanceFileReader {

    @Override
    public void read(Path file, Consumer<ParsedLine> lines) throws IOException, AttendanceFileException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new AttendanceFileException(AttendanceFileException.EMPTY, "no sheet");
            }
            RowHandler rows = new RowHandler(lines);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            } catch (HeaderRejected e) {
                throw e.failure;
            }
            rows.finish();
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new AttendanceFileException(AttendanceFileException.UNREADABLE, "not an xlsx workbook", e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new AttendanceFileException(AttendanceFileException.UNREADABLE, e.getMessage(), e);
        }
    }

    /** Carries a header failure out of the SAX callbacks, which cannot throw checked exceptions. */
    private static final class HeaderRejected extends RuntimeException {
        private final AttendanceFileException failure;

        HeaderRejected(AttendanceFileException failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }

    private static final class RowHandler implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<ParsedLine> lines;
        private final List<String> cells = new ArrayList<>();
        private AttendanceColumns columns;
        private boolean anyData;

        RowHandler(Consumer<ParsedLine> lines) {
            this.lines = lines;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, formattedValue);
        }

        @Override
        public void endRow(int rowNum) {
            if (AttendanceColumns.isBlank(cells)) {
                return;
            }
            if (columns == null) {
                try {
                    columns = AttendanceColumns.of(List.copyOf(cells));
                } catch (AttendanceFileException e) {
                    throw new HeaderRejected(e);
                }
                return;
            }
            anyData = true;
            lines.accept(columns.parse(rowNum + 1, cells));
        }

        void finish() throws AttendanceFileException {
            if (!anyData) {
                throw new AttendanceFileException(AttendanceFileException.EMPTY,
                        columns == null ? "no header" : "no data line");
            }
        }
    }
}
