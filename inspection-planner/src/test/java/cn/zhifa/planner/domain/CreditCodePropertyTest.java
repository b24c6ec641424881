package cn.zhifa.planner.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generated 统一社会信用代码 against the GB 32100 check (property-based, jqwik). */
class CreditCodePropertyTest {

    @Provide
    Arbitrary<String> first17() {
        Arbitrary<String> head = Arbitraries.strings().withChars(CreditCode.ALPHABET.toCharArray()).ofLength(2);
        Arbitrary<String> division = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<String> body = Arbitraries.strings().withChars(CreditCode.ALPHABET.toCharArray()).ofLength(9);
        return Combinators.combine(head, division, body).as((h, d, b) -> h + d + b);
    }

    @Property
    void aCodeWithItsCheckCharacterIsValid(@ForAll("first17") String first17) {
        assertTrue(CreditCode.isValid(first17 + CreditCode.checkCharacter(first17)), first17);
    }

    @Property
    void exactlyOneCheckCharacterFits(@ForAll("first17") String first17) {
        long fitting = CreditCode.ALPHABET.chars().filter(c -> CreditCode.isValid(first17 + (char) c)).count();
        assertEquals(1, fitting, first17);
    }

    @Property
    void everySingleCharacterChangeIsDetected(@ForAll("first17") String first17, @ForAll @IntRange(max = 17) int position,
                                              @ForAll @IntRange(min = 1, max = 30) int shift) {
        String code = first17 + CreditCode.checkCharacter(first17);
        int at = CreditCode.ALPHABET.indexOf(code.charAt(position));
        char other = CreditCode.ALPHABET.charAt((at + shift) % CreditCode.ALPHABET.length()); // shift 1..30 of 31
        String changed = code.substring(0, position) + other + code.substring(position + 1);
        assertFalse(CreditCode.isValid(changed), code + " -> " + changed);
    }

    @Property
    void lettersOutsideTheAlphabetAreRefused(@ForAll("first17") String first17, @ForAll @IntRange(max = 17) int position,
                                             @ForAll("outside") char letter) {
        String code = first17 + CreditCode.checkCharacter(first17);
        String changed = code.substring(0, position) + letter + code.substring(position + 1);
        assertFalse(CreditCode.isValid(changed), changed);
    }

    @Provide
    Arbitrary<Character> outside() {
        return Arbitraries.of('I', 'O', 'S', 'V', 'Z', 'a', '-', ' ', '\u0000', '统', '\'');
    }

    @Property
    void anyTextIsAnsweredWithoutAnException(@ForAll String text) {
        CreditCode.isValid(text);
    }
}
