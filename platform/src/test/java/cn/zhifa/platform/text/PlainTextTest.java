package cn.zhifa.platform.text;

import cn.zhifa.platform.error.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextTest {

    @Test
    void shouldRefuseEveryControlCharacterInANameNamingTheFieldAndTheCharacter() {
        for (char c = 0; c < 0x20; c++) {
            assertEquals("U+%04X".formatted((int) c), PlainText.check("name", "重庆" + c + "公司").orElseThrow().args()
                    .getFirst(), "code point " + (int) c);
        }
        for (char c : new char[] {'\u007F', '\u0080', '\u0085', '\u009F'}) {
            assertTrue(PlainText.check("name", "a" + c).isPresent(), "code point " + (int) c);
        }
        Violation v = PlainText.check("items[2].name", "x\u0000y").orElseThrow();
        assertEquals("items[2].name", v.field());
        assertEquals(PlainText.CODE, v.code());
    }

    @Test
    void shouldRefuseEveryBidirectionalFormattingCharacterEvenInAMultiLineText() {
        for (char c : new char[] {'\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
                '\u2066', '\u2067', '\u2068', '\u2069'}) {
            assertEquals("U+%04X".formatted((int) c), PlainText.check("note", "检查" + c + "记录").orElseThrow().args()
                    .getFirst());
        }
    }

    @Test
    void shouldAllowLineBreaksAndTabsOnlyInMultiLineTexts() {
        String text = "第一行\r\n第二行\t说明";
        for (String field : List.of("note", "reason", "content", "legalBasis", "targetScope", "stem", "results[3].note")) {
            assertEquals(Optional.empty(), PlainText.check(field, text), field);
        }
        for (String field : List.of("name", "title", "subject", "entropySource.description", "notes")) {
            assertEquals("U+000D", PlainText.check(field, text).orElseThrow().args().getFirst(), field);
        }
        assertEquals("U+0000", PlainText.check("note", "a\nb\u0000").orElseThrow().args().getFirst(),
                "a multi-line text still refuses NUL");
    }

    @Test
    void shouldAcceptOrdinaryTextIncludingCharactersOutsideTheBasicPlane() {
        for (String ok : List.of("", "重庆市长寿区某某食品有限公司", "O'Brien & Co. (No. 3) – “quoted”", "𠀀𪚥 emoji 😀",
                "zero\u200Bwidth space", "\u00A0non-breaking")) {
            assertEquals(Optional.empty(), PlainText.check("name", ok), ok);
        }
        assertEquals(Optional.empty(), PlainText.check("name", null));
    }

    @Test
    void shouldRefuseHalfASurrogatePair() {
        assertEquals("U+D83D", PlainText.check("name", "a\uD83Db").orElseThrow().args().getFirst());
        assertEquals("U+DE00", PlainText.check("name", "\uDE00").orElseThrow().args().getFirst());
    }

    @Test
    void shouldNameEachBadCellOfAnImportRowByItsColumn() {
        List<Violation> v = PlainText.checkCells("rows[4].", List.of("creditCode", "name", "address"),
                List.of("91500000MA5U7Q2X1N", "\u202Egpj.exe", "街道\n12号"));
        assertEquals(List.of("rows[4].name", "rows[4].address"), v.stream().map(Violation::field).toList(),
                "an import cell is a single line");
        assertEquals(List.of("lines[2].position"), PlainText.checkCells("lines[2].",
                Map.of("position", "科员\u0007", "name", "张三")).stream().map(Violation::field).toList());
    }
}
