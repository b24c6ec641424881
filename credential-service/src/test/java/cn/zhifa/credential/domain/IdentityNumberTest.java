package cn.zhifa.credential.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityNumberTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void shouldAcceptTheStandardsOwnExampleWithCheckCharacterX() {
        // GB 11643-1999, appendix: 11010519491231002X
        assertEquals(Optional.empty(), IdentityNumber.problem("11010519491231002X", TODAY));
        assertEquals('X', IdentityNumber.checkCharacter("11010519491231002"));
    }

    @Test
    void shouldNormalizeLowerCaseXAndSurroundingBlanks() {
        assertEquals("11010519491231002X", IdentityNumber.normalize(" 11010519491231002x "));
        assertTrue(IdentityNumber.problem(IdentityNumber.normalize("11010519491231002x"), TODAY).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1101051949123100", "11010519491231002XX", "1101051949123100X2",
            "11010519491231002Y", "A1010519491231002X", "11010519491231002x"})
    void shouldRefuseAnythingThatIsNot17DigitsAndACheckCharacter(String number) {
        assertEquals(Optional.of(IdentityNumber.FORMAT), IdentityNumber.problem(number, TODAY));
    }

    @Test
    void shouldRefuseNull() {
        assertEquals(Optional.of(IdentityNumber.FORMAT), IdentityNumber.problem(null, TODAY));
    }

    @Test
    void shouldRefuseAnUnknownProvince() {
        String number = IdentityNumber.of("990105", LocalDate.of(1980, 1, 1), 12);
        assertEquals(Optional.of(IdentityNumber.REGION), IdentityNumber.problem(number, TODAY));
    }

    @Test
    void shouldRefuseEveryWrongCheckCharacter() {
        String first17 = "50011519850312341";
        char right = IdentityNumber.checkCharacter(first17);
        for (char wrong : "0123456789X".toCharArray()) {
            Optional<String> problem = IdentityNumber.problem(first17 + wrong, TODAY);
            assertEquals(wrong == right ? Optional.empty() : Optional.of(IdentityNumber.CHECKSUM), problem,
                    "check character " + wrong);
        }
    }

    @Test
    void shouldRefuseABirthDateThatIsNoCalendarDate() {
        String first17 = "50011519850230123"; // 30 February
        assertEquals(Optional.of(IdentityNumber.BIRTH_DATE),
                IdentityNumber.problem(first17 + IdentityNumber.checkCharacter(first17), TODAY));
    }

    @Test
    void shouldRefuseBirthDatesBefore1900AndPeopleYoungerThanSixteen() {
        assertEquals(Optional.of(IdentityNumber.BIRTH_DATE), IdentityNumber.problem(
                IdentityNumber.of("500115", LocalDate.of(1899, 12, 31), 1), TODAY));
        assertEquals(Optional.empty(), IdentityNumber.problem(
                IdentityNumber.of("500115", LocalDate.of(1900, 1, 1), 1), TODAY));
        assertEquals(Optional.empty(), IdentityNumber.problem(
                IdentityNumber.of("500115", TODAY.minusYears(16), 1), TODAY));
        assertEquals(Optional.of(IdentityNumber.BIRTH_DATE), IdentityNumber.problem(
                IdentityNumber.of("500115", TODAY.minusYears(16).plusDays(1), 1), TODAY));
        assertEquals(Optional.of(IdentityNumber.BIRTH_DATE), IdentityNumber.problem(
                IdentityNumber.of("500115", TODAY.plusDays(1), 1), TODAY));
    }

    @Test
    void shouldReadTheBirthDate() {
        assertEquals(Optional.of(LocalDate.of(1949, 12, 31)), IdentityNumber.birthDate("11010519491231002X"));
        assertFalse(IdentityNumber.birthDate("110105").isPresent());
    }

    @Test
    void shouldBuildValidNumbersForDemoData() {
        String number = IdentityNumber.of("500115", LocalDate.of(1986, 7, 9), 457);
        assertEquals(18, number.length());
        assertTrue(number.startsWith("50011519860709457"));
        assertTrue(IdentityNumber.problem(number, TODAY).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> IdentityNumber.checkCharacter("123"));
    }
}
