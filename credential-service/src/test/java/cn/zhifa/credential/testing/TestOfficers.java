package cn.zhifa.credential.testing;

import cn.zhifa.credential.domain.IdentityNumber;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Identity numbers no other test (nor a second run on the same database) uses: a random birth date and a
 * sequence per JVM, with a correct check character.
 */
public final class TestOfficers {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final long SEED = System.nanoTime();

    private TestOfficers() {
    }

    public static String newIdNumber() {
        int n = SEQUENCE.incrementAndGet();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(Math.floorMod(SEED + n * 7919L, 14_000));
        return IdentityNumber.of("500115", birth, Math.floorMod((int) (SEED / 1000) + n * 37, 1000));
    }

    /** A JSON body for POST /api/v1/officers with the given identity number and overrides of employment and post. */
    public static String officerJson(String name, String idNumber, String agency, String employmentType,
                                     String postStatus, boolean legalQualification, boolean legalReviewer) {
        return """
                {"name":"%s","idNumber":"%s","agencyCode":"%s","position":"科员","employmentType":"%s",
                 "postStatus":"%s","categories":["MARKET_REGULATION"],"areas":["500115"],
                 "legalQualification":%s,"legalReviewer":%s}""".formatted(name, idNumber, agency, employmentType,
                postStatus, legalQualification, legalReviewer);
    }
}
