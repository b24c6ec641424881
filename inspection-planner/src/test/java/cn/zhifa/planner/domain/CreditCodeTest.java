package cn.zhifa.planner.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreditCodeTest {

    @Test
    void acceptsPublishedCodesOfRealCompanies() {
        assertTrue(CreditCode.isValid("914403001922038216"));
        assertTrue(CreditCode.isValid("91440300708461136T"));
        assertTrue(CreditCode.isValid("91330100716105852F"));
    }

    @Test
    void rejectsAWrongCheckCharacter() {
        assertFalse(CreditCode.isValid("914403001922038217"));
        assertFalse(CreditCode.isValid("91440300708461136U"));
    }

    @Test
    void rejectsLettersOutsideTheAlphabetWrongLengthAndNonDigitDivision() {
        assertFalse(CreditCode.isValid("91440300708461136I"));
        assertFalse(CreditCode.isValid("9144030070846113"));
        assertFalse(CreditCode.isValid(null));
        assertFalse(CreditCode.isValid("91A403001922038216"));
        assertFalse(CreditCode.isValid("914403001922038216".toLowerCase().replace('9', 'o')));
    }

    @Test
    void computesTheCheckCharacterOfAHandWorkedExample() {
        // products with weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28:
        // 9+3+36+108+0+78+0+0+20+261+50+26+0+72+80+60+28 = 831; 831 mod 31 = 25; 31 - 25 = 6
        assertEquals('6', CreditCode.checkCharacter("91440300192203821"));
        assertEquals('Y', CreditCode.ALPHABET.charAt(30));
    }
}
