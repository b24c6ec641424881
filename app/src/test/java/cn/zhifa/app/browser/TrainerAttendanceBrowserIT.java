package cn.zhifa.app.browser;

import cn.zhifa.platform.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 22 item 11: a training organiser works from sign-in sheets, which carry credential and identity numbers,
 * not the platform's internal ids. The course id the sheet's 课程编号 column needs is in the course list and on the
 * attendance; attendees are entered by 执法证号 or 身份证号; a mistyped identity number is named with its line; the
 * import offers its template. On a phone and on a laptop.
 */
@ExtendWith(BrowserTests.class)
class TrainerAttendanceBrowserIT {

    @Test
    void aTrainerSeesCourseIdsAndNamesAttendeesByCredentialOrIdentityNumber(Browser browser, Seed seed) throws Exception {
        Seed.Officer zhao = seed.officerWithCredential("赵文静");
        Seed.Officer qian = seed.officerWithCredential("钱立群");
        LocalDate day = TestClock.today().minusDays(3);
        if (day.getYear() != TestClock.today().getYear()) {
            day = TestClock.today();
        }
        long entered = seed.course("证号登记学时培训", "PROFESSIONAL_LAW", "8", day);
        long imported = seed.course("签到表导入学时培训", "COMPREHENSIVE_LAW", "4", day);

        browser.windowSize(390, 844);
        browser.signIn("trainer", "trainer-1", "/trainer.html");
        courseIdShown(browser, "证号登记学时培训", entered, "phone");
        browser.windowSize(1366, 900);
        browser.open("/trainer.html");
        courseIdShown(browser, "证号登记学时培训", entered, "laptop");

        browser.click(By.xpath("//div[@id='course-list']//tr[contains(., '证号登记学时培训')]//button"));
        browser.waitText(By.id("attendance-title"), "课程编号 " + entered);
        browser.select(By.cssSelector("#record-attendance select[name=by]"), "credentialNumber");
        browser.type(By.cssSelector("#record-attendance textarea[name=entries]"), zhao.number() + ",8");
        browser.click(By.cssSelector("#record-attendance button[type=submit]"));
        browser.confirm();
        browser.waitOutcome(By.cssSelector("#record-attendance .alert.ok"), Duration.ofSeconds(30));
        browser.waitText(By.id("attendance"), zhao.name());

        browser.select(By.cssSelector("#record-attendance select[name=by]"), "idNumber");
        browser.type(By.cssSelector("#record-attendance textarea[name=entries]"), mistyped(qian.idNumber()) + ",8");
        browser.click(By.cssSelector("#record-attendance button[type=submit]"));
        browser.confirm();
        WebElement refused = browser.waitVisible(By.cssSelector("#record-attendance .alert.bad"));
        assertTrue(refused.getText().contains("第 1 条（身份证号码）") && refused.getText().contains("校验位"),
                "the mistyped identity number is named: " + refused.getText());
        browser.select(By.cssSelector("#record-attendance select[name=by]"), "idNumber");
        browser.type(By.cssSelector("#record-attendance textarea[name=entries]"), qian.idNumber() + ",8");
        browser.click(By.cssSelector("#record-attendance button[type=submit]"));
        browser.confirm();
        browser.waitOutcome(By.cssSelector("#record-attendance .alert.ok"), Duration.ofSeconds(30));
        browser.waitText(By.id("attendance"), qian.name());
        browser.fullPageScreenshot("course-attendance");

        browser.click(By.cssSelector("#tabs a[href='#import']"));
        browser.waitVisible(By.cssSelector("#import-body button.template"));
        Path sheet = Files.createTempFile("sign-in-sheet-", ".csv");
        // as Excel saves a sign-in sheet on a Chinese Windows: GBK, Chinese headers, a name column for the reader
        Files.write(sheet, ("课程编号,姓名,身份证号码,执法证号,学时\r\n"
                + imported + "," + zhao.name() + ",," + zhao.number() + ",4\r\n"
                + imported + "," + qian.name() + "," + mistyped(qian.idNumber()) + ",,4\r\n"
                + imported + ",查无此人,,500115NOSUCHNUMBER,4\r\n").getBytes(Charset.forName("GBK")));
        browser.waitVisible(By.cssSelector("#attendance-import input[type=file]")).sendKeys(sheet.toAbsolutePath().toString());
        browser.click(By.cssSelector("#attendance-import button[type=submit]"));
        browser.confirm();
        WebElement rows = browser.waitVisible(By.cssSelector("#attendance-import .alert.bad"));
        assertTrue(rows.getText().contains("第 3 行（身份证号码）"), "the mistyped identity number's row: " + rows.getText());
        assertTrue(rows.getText().contains("第 4 行（执法证号）"), "the unknown credential number's row: " + rows.getText());
        browser.screenshot("import-errors");
        browser.assertNoScriptErrors();
    }

    private static void courseIdShown(Browser browser, String title, long id, String device) {
        WebElement row = browser.waitVisible(By.xpath("//div[@id='course-list']//tr[contains(., '" + title + "')]"));
        WebElement cell = row.findElement(By.cssSelector(".course-id"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", cell);
        assertTrue(cell.isDisplayed() && cell.getText().equals(String.valueOf(id)),
                device + ": the course id is shown beside the course: " + row.getText());
        browser.screenshot(device + "-courses");
    }

    /** The number with one digit changed, its check character kept: what a slip of the finger makes. */
    private static String mistyped(String idNumber) {
        char digit = idNumber.charAt(16);
        return idNumber.substring(0, 16) + (digit == '9' ? '0' : (char) (digit + 1)) + idNumber.charAt(17);
    }
}
