package cn.zhifa.platform.identity;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generated identity numbers against the GB 11643 check (property-based, jqwik). */
class ResidentIdChecksumPropertyTest {

    @Provide
    Arbitrary<String> first17() {
        Arbitrary<String> region = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<LocalDate> birth = Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2099, 12, 31));
        Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
        return Combinators.combine(region, birth, sequence)
                .as((r, b, s) -> r + b.format(DateTimeFormatter.BASIC_ISO_DATE) + s);
    }

    @Property
    void aNumberWithItsCheckCharacterIsValid(@ForAll("first17") String first17) {
        String number = first17 + ResidentIdChecksum.checkCharacter(first17);
        assertTrue(ResidentIdChecksum.isValid(number), number);
        assertTrue(ResidentIdChecksum.isValid(number.toLowerCase()), "a lower-case x counts as X: " + number);
    }

    @Property
    void everySingleCharacterChangeIsDetected(@ForAll("first17") String first17, @ForAll @IntRange(max = 17) int position,
                                              @ForAll @IntRange(min = 1, max = 10) int shift) {
        String number = first17 + ResidentIdChecksum.checkCharacter(first17);
        String alphabet = position == 17 ? "0123456789X" : "0123456789";
        int at = alphabet.indexOf(number.charAt(position));
        char other = alphabet.charAt((at + 1 + shift % (alphabet.length() - 1)) % alphabet.length());
        String changed = number.substring(0, position) + other + number.substring(position + 1);
        assertFalse(ResidentIdChecksum.isValid(changed), number + " -> " + changed);
    }

    @Property
    void everyAdjacentSwapOfDifferentDigitsIsDetected(@ForAll("first17") String first17,
                                                      @ForAll @IntRange(max = 15) int position) {
        String number = first17 + ResidentIdChecksum.checkCharacter(first17);
        char a = number.charAt(position);
        char b = number.charAt(position + 1);
        if (a == b) {
            return;
        }
        String swapped = number.substring(0, position) + b + a + number.substring(position + 2);
        assertFalse(ResidentIdChecksum.isValid(swapped), number + " -> " + swapped);
    }

    @Property
    void anyTextIsAnsweredWithoutAnException(@ForAll String text) {
        ResidentIdChecksum.isValid(text);
    }

    @Property
    void seventeenDigitsHaveExactlyOneCheckCharacter(@ForAll("first17") String first17) {
        long valid = "0123456789X".chars().filter(c -> ResidentIdChecksum.isValid(first17 + (char) c)).count();
        assertEquals(1, valid, first17);
    }
}
