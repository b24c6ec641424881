package cn.zhifa.platform.tabular;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Stands in front of one of POI's SAX handlers and stops the parse at the limits, before the handler has
 * buffered what a hostile workbook holds: characters of one text run (a cell), and for the shared-strings
 * table, its entries (also as announced in {@code uniqueCount}, which POI would allocate up front) and all
 * its characters.
 */
final class XmlLimits extends XMLFilterImpl {
    private final int maxRunChars;
    private final String countedElement;
    private final long maxElements;
    private final long maxTotalChars;
    private final String failureCode;
    private int runChars;
    /** The sheet row being read, as the file numbers it (for the message). */
    private String row = "";
    private long elements;
    private long totalChars;

    private XmlLimits(ContentHandler handler, int maxRunChars, String countedElement, long maxElements,
                      long maxTotalChars, String failureCode) {
        setContentHandler(handler);
        this.maxRunChars = maxRunChars;
        this.countedElement = countedElement;
        this.maxElements = maxElements;
        this.maxTotalChars = maxTotalChars;
        this.failureCode = failureCode;
    }

    /** For a sheet: cells of at most {@code maxFieldChars}. */
    static XmlLimits sheet(ContentHandler handler, ImportLimits limits) {
        return new XmlLimits(handler, limits.maxFieldChars(), null, Long.MAX_VALUE, Long.MAX_VALUE,
                TableFileException.FIELD_TOO_LONG);
    }

    /** For the shared-strings table ({@code <sst><si>…}): entries and characters within the limits. */
    static XmlLimits sharedStrings(ContentHandler handler, ImportLimits limits) {
        return new XmlLimits(handler, limits.maxFieldChars(), "si", limits.maxSharedStrings(),
                limits.maxSharedStringChars(), TableFileException.SHARED_STRINGS_TOO_LARGE);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        runChars = 0;
        if ("row".equals(localName) && atts.getValue("r") != null) {
            row = atts.getValue("r");
        }
        if (countedElement != null) {
            String announced = "sst".equals(localName) ? atts.getValue("uniqueCount") : null;
            if (announced != null && !announced.matches("\\d{1,18}")
                    || announced != null && Long.parseLong(announced) > maxElements
                    || countedElement.equals(localName) && ++elements > maxElements) {
                throw new ReadStopped(new TableFileException(failureCode, maxElements, maxTotalChars));
            }
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        runChars = 0;
        super.endElement(uri, localName, qName);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        count(length);
        super.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        count(length);
        super.characters(ch, start, length);
    }

    private void count(int length) {
        runChars += length;
        totalChars += length;
        if (runChars > maxRunChars && countedElement == null) {
            throw new ReadStopped(new TableFileException(TableFileException.FIELD_TOO_LONG, row, maxRunChars));
        }
        if (runChars > maxRunChars || totalChars > maxTotalChars) {
            throw new ReadStopped(new TableFileException(failureCode, maxElements, maxTotalChars));
        }
    }
}
