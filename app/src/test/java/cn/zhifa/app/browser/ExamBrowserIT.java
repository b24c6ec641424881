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
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18's "done when": the judicial bureau imports a bank (a GBK file with Chinese headers), schedules an exam and
 * registers an officer; the officer sits it on a phone, reloads mid-way and finds the answers and the clock, submits
 * and passes; the bureau then sees the exam among the officer's exams, and the results with their histogram and the
 * item analysis render. Right options are worded with 正确, wrong ones never, so the test can answer a shuffled paper.
 */
@ExtendWith(BrowserTests.class)
class ExamBrowserIT {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @Test
    void theBureauRunsAnExamAndAnOfficerSitsItOnAPhone(Browser browser, Seed seed) throws Exception {
        long officer = seed.officer("应考人员甲", "REGULAR");
        String prefix = "BRW" + System.nanoTime() % 1_000_000;
        StringBuilder bank = new StringBuilder("题目编号,科目,题型,题干,选项A,选项B,选项C,选项D,答案,难度\n");
        for (int i = 1; i <= 2; i++) {
            bank.append(prefix).append("-S").append(i).append(",MARKET_REGULATION,单选题,单选题").append(i)
                    .append(",错误做法一,正确做法,错误做法二,,B,容易\n");
            bank.append(prefix).append("-M").append(i).append(",MARKET_REGULATION,多选题,多选题").append(i)
                    .append(",正确甲,错误乙,正确丙,错误丁,AC,容易\n");
            bank.append(prefix).append("-T").append(i).append(",MARKET_REGULATION,判断题,判断题").append(i)
                    .append(",,,,,A,容易\n");
        }
        Path csv = Files.createTempFile("exam-bank", ".csv");
        Files.write(csv, bank.toString().getBytes(Charset.forName("GBK")));

        browser.windowSize(1366, 900);
        browser.signIn("judicial", "judicial-exam", "/judicial.html");
        browser.click(By.id("exams-link"));
        browser.waitVisible(By.cssSelector("#bank-import input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
        browser.click(By.cssSelector("#bank-import button[type=submit]"));
        browser.confirm();
        browser.waitOutcome(By.cssSelector("#bank-import .alert.ok"), Duration.ofSeconds(30));

        browser.click(By.cssSelector("#tabs a[href='#schedule']"));
        browser.type(By.cssSelector("#schedule-form input[name=name]"), "浏览器测试专业法律知识考试");
        browser.select(By.cssSelector("#schedule-form select[name=kind]"), "PROFESSIONAL_LAW");
        browser.select(By.cssSelector("#schedule-form select[name=category]"), "MARKET_REGULATION");
        browser.type(By.cssSelector("#schedule-form input[name=easy]"), "5");
        LocalDateTime opens = LocalDateTime.now(TestClock.clock()).plusSeconds(40);
        browser.setValue(By.cssSelector("#schedule-form input[name=opensAt]"), LOCAL.format(opens));
        browser.setValue(By.cssSelector("#schedule-form input[name=closesAt]"), LOCAL.format(opens.plusHours(2)));
        browser.type(By.cssSelector("#schedule-form input[name=durationMinutes]"), "30");
        browser.click(By.cssSelector("#schedule-form button[type=submit]"));
        browser.confirm();
        String done = browser.waitOutcome(By.cssSelector("#schedule-form .alert.ok"), Duration.ofSeconds(30)).getText();
        Matcher id = Pattern.compile("编号 (\\d+)").matcher(done);
        assertTrue(id.find() && done.matches("(?s).*[0-9a-f]{64}.*"), "the commitment is shown at scheduling: " + done);
        String examId = id.group(1);

        browser.click(By.cssSelector("#tabs a[href='#exams']"));
        browser.click(By.cssSelector("#exam-list button[data-exam='" + examId + "']"));
        browser.type(By.cssSelector("#register-form textarea[name=officerIds]"), String.valueOf(officer));
        browser.click(By.cssSelector("#register-form button[type=submit]"));
        browser.confirm();
        browser.waitOutcome(By.cssSelector("#register-form .alert.ok"), Duration.ofSeconds(30));
        browser.waitText(By.id("results"), "应考人员甲");

        long wait = Duration.between(LocalDateTime.now(TestClock.clock()), opens).toMillis() + 1_500;
        if (wait > 0) {
            Thread.sleep(wait);
        }
        browser.windowSize(390, 844);
        browser.signIn("officer", String.valueOf(officer), "/officer.html");
        browser.click(By.cssSelector("#tabs a[href='#exams']"));
        browser.click(By.cssSelector("#my-exams a[data-exam='" + examId + "']"));
        browser.waitVisible(By.cssSelector("#paper fieldset.question"));
        browser.waitVisible(By.id("time-left"));
        List<WebElement> questions = browser.driver().findElements(By.cssSelector("#paper fieldset.question"));
        assertEquals(5, questions.size());
        answer(browser, 1);
        answer(browser, 2);
        browser.assertNoHorizontalOverflow("phone, paper");
        browser.screenshot("exam-phone");
        String before = browser.text(By.id("time-left"));

        Thread.sleep(1_500); // the clock must have moved by a second however fast the answers were given
        browser.driver().navigate().refresh();
        browser.waitText(By.id("sitting-status"), "已恢复");
        for (int n = 1; n <= 2; n++) {
            assertTrue(browser.driver().findElements(By.cssSelector("#q-" + n + " input:checked")).size() >= 1,
                    "question " + n + " keeps its answer after the reload");
        }
        String after = browser.waitVisible(By.id("time-left")).getText();
        assertTrue(after.compareTo(before) <= 0 && after.startsWith("29:"), "the same clock: " + before + " then " + after);
        for (int n = 3; n <= 5; n++) {
            answer(browser, n);
        }
        browser.click(By.id("submit-paper"));
        browser.confirm();
        WebElement result = browser.waitText(By.id("exam-result"), "考试合格");
        assertTrue(result.getText().contains("100"), result.getText());
        browser.screenshot("exam-result-phone");

        browser.windowSize(1366, 900);
        browser.signIn("judicial", "judicial-exam", "/judicial.html");
        browser.open("/judicial.html?officer=" + officer + "#officer");
        WebElement exams = browser.waitText(By.id("officer-exams"), "专业法律知识考试");
        assertTrue(exams.getText().contains("100") && exams.getText().contains("合格"), exams.getText());

        browser.open("/exams.html#exams");
        browser.click(By.cssSelector("#exam-list button[data-exam='" + examId + "']"));
        browser.waitVisible(By.cssSelector("#histogram svg"));
        browser.waitText(By.id("item-analysis"), prefix);
        browser.waitText(By.id("results-summary"), "合格 1 人");
        browser.fullPageScreenshot("exam-results");
        browser.assertNoScriptErrors();
    }

    /** Chooses every option worded as right in question n and waits until the page says it is saved. */
    private static void answer(Browser browser, int n) {
        List<WebElement> right = browser.driver().findElements(
                By.xpath("//fieldset[@id='q-" + n + "']//label[contains(., '正确')]"));
        assertTrue(!right.isEmpty(), "question " + n + " has a right option");
        StringBuilder keys = new StringBuilder();
        for (WebElement label : right) {
            browser.script("arguments[0].scrollIntoView({block: 'center'})", label);
            label.click();
            keys.append(label.findElement(By.tagName("input")).getAttribute("value"));
        }
        String saved = keys.chars().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        browser.waitVisible(By.cssSelector("#q-" + n + "[data-saved='" + saved + "']"));
    }
}
