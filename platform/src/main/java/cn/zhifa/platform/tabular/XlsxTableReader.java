package cn.zhifa.platform.tabular;

import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.IOUtils;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.ContentHandler;
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
import java.util.Locale;

/**
 * The xlsx side of {@link TableReader}: the first sheet, read as a SAX stream from the file. POI is held to
 * the limits: no part of the archive may expand beyond {@code maxXlsxPartBytes} (nor by more than POI's
 * zip-bomb ratio), the shared-strings table, the only thing held in memory, is parsed under
 * {@link XmlLimits}, and so is every cell. Cell values are taken as Excel displays them, so an identity number
 * typed as a number (5.00115E+17) stays visibly wrong instead of being guessed.
 */
final class XlsxTableReader implements TableReader {
    private final ImportLimits limits;

    XlsxTableReader(ImportLimits limits) {
        this.limits = limits;
        applyToPoi(limits);
    }

    /** POI's archive limits are global to the JVM; every reader sets them to the same configured values. */
    private static synchronized void applyToPoi(ImportLimits limits) {
        ZipSecureFile.setMaxEntrySize(limits.maxXlsxPartBytes());
        IOUtils.setByteArrayMaxOverride((int) Math.min(Integer.MAX_VALUE - 8, limits.maxXlsxPartBytes()));
    }

    @Override
    public void read(Path file, TableRows rows) throws IOException, TableFileException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            SharedStrings strings = sharedStrings(workbook);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            RowHandler handler = new RowHandler(new CountedRows(rows, limits.maxRows()));
            try (InputStream sheet = sheets.next()) {
                parse(sheet, XmlLimits.sheet(new XSSFSheetXMLHandler(styles, strings, handler,
                        new DataFormatter(Locale.ROOT), false), limits));
            }
        } catch (ReadStopped e) {
            throw e.rethrow();
        } catch (NotOfficeXmlFileException e) {
            throw new TableFileException(TableFileException.UNREADABLE, e, "not an xlsx workbook");
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new TableFileException(TableFileException.UNREADABLE, e, e.getMessage());
        } catch (IOException e) {
            // The upload is a local file: what fails here is the archive, a zip bomb among the rest.
            throw String.valueOf(e.getMessage()).contains("Zip bomb")
                    ? new TableFileException(TableFileException.XLSX_TOO_LARGE, e, limits.maxXlsxPartBytes())
                    : new TableFileException(TableFileException.UNREADABLE, e, e.getMessage());
        } catch (RuntimeException e) {
            // POI's answer to malformed content (bad cell references, style or string indexes, relations).
            throw new TableFileException(TableFileException.UNREADABLE, e, String.valueOf(e.getMessage()));
        }
    }

    /** The shared-strings table, parsed under {@link XmlLimits} into POI's read-only table. */
    private SharedStrings sharedStrings(OPCPackage workbook) throws IOException, SAXException,
            ParserConfigurationException {
        // An empty stream leaves the table empty; the limited parse below fills it through its handler.
        ReadOnlySharedStringsTable table = new ReadOnlySharedStringsTable(InputStream.nullInputStream());
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (!parts.isEmpty()) {
            try (InputStream in = parts.get(0).getInputStream()) {
                parse(in, XmlLimits.sharedStrings(table, limits));
            }
        }
        return table;
    }

    private static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException,
            ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(in));
    }

    private static final class RowHandler implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final TableRows rows;
        private final List<String> cells = new ArrayList<>();

        RowHandler(TableRows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            if (column < 0 || column >= SpreadsheetVersion.EXCEL2007.getMaxColumns()) {
                throw new ReadStopped(new TableFileException(TableFileException.UNREADABLE, cellReference));
            }
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, formattedValue);
        }

        @Override
        public void endRow(int rowNum) {
            try {
                rows.row(rowNum + 1, new ArrayList<>(cells));
            } catch (TableFileException e) {
                throw new ReadStopped(e);
            } catch (RuntimeException e) {
                throw new ReadStopped(e);
            }
        }
    }
}
