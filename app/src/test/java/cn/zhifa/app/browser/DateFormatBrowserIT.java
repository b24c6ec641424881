package cn.zhifa.app.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One way to write a moment in each language, like the dates beside it: YYYY-MM-DD HH:mm:ss on Beijing's clock,
 * never the reader's locale (2026/12/7 or 12/7/2026, 10:23:45 AM).
 */
@ExtendWith(BrowserTests.class)
class DateFormatBrowserIT {
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final Pattern LOCALE_DATE = Pattern.compile("\\d{1,4}/\\d{1,2}/\\d{1,4}");

    @Test
    void aPlansSealTimeAndAVerificationsTimeAreWrittenAsDatesAreInBothLanguages(Browser browser, Seed seed) {
        seed.officerWithCredential("郑时");
        Seed.Officer officer = seed.officerWithCredential("钱刻");
        seed.foodBusinesses(4);
        String name = "食品经营抽查（时间格式）";
        long plan = seed.draftPlan(name, seed.foodMatter());
        seed.seal(plan);
        String sealedAt = MOMENT.format(Instant.ofEpochMilli(seed.planNamed(name).getJsonNumber("sealedAtMs").longValue()));

        try {
            for (String language : new String[] {"zh", "en"}) {
                browser.open("/index.html");
                ((JavascriptExecutor) browser.driver()).executeScript("localStorage.setItem('zhifa.lang', arguments[0])", language);
                browser.open("/plan.html?id=" + plan);
                browser.waitText(By.tagName("h1"), name);
                String page = browser.text(By.id("plan"));
                assertTrue(page.contains(sealedAt), language + ": the seal time as " + sealedAt + ": " + page);
                assertFalse(LOCALE_DATE.matcher(page).find(), language + ": no locale date: " + page);

                browser.open("/verify.html?number=" + officer.number());
                browser.waitVisible(By.id("verdict"));
                String verify = browser.text(By.tagName("main"));
                assertTrue(Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}").matcher(verify).find(), verify);
                assertFalse(LOCALE_DATE.matcher(verify).find(), language + ": no locale date: " + verify);
            }
        } finally {
            ((JavascriptExecutor) browser.driver()).executeScript("localStorage.removeItem('zhifa.lang')");
        }
        browser.assertNoScriptErrors();
    }
}
