package cn.zhifa.app.browser;

import cn.zhifa.platform.testing.TestClock;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every role's daily pages, opened as that role: each section loads its data without a script error, and a
 * refused import lists its bad rows in words. The screenshots illustrate docs/user-guide.md.
 */
@ExtendWith(BrowserTests.class)
class ConsoleTourBrowserIT {

    @Test
    void thePublicPortalServesPlansRosterAndStatistics(Browser browser, Seed seed) {
        Seed.Officer officer = seed.officerWithCredential("黄河");
        browser.open("/index.html");
        browser.waitVisible(By.cssSelector("#plans table"));
        browser.waitVisible(By.cssSelector("#matters table"));
        browser.fullPageScreenshot("portal");

        browser.open("/roster.html?q=" + officer.name());
        browser.waitText(By.id("results"), officer.number());
        browser.screenshot("roster-search");

        browser.open("/statistics.html");
        browser.waitVisible(By.cssSelector("#totals"));
        browser.waitVisible(By.cssSelector("#years svg"));
        browser.fullPageScreenshot("statistics");

        browser.click(By.id("lang-switch"));
        browser.waitText(By.tagName("h1"), "Random-inspection statistics");
        browser.screenshot("statistics-english");
        browser.click(By.id("lang-switch"));
        browser.waitText(By.tagName("h1"), "抽查统计");

        browser.open("/signin.html");
        browser.waitVisible(By.id("demo-sign-in"));
        browser.fullPageScreenshot("sign-in");
        browser.assertNoScriptErrors();
    }

    @Test
    void anOperatorPastesATokenAndATokenInTheFragmentIsNoLongerTaken(Browser browser, Seed seed) {
        // The implicit flow (a token handed over in the URL fragment) is retired: the page ignores it.
        String token = seed.token("judicial", "idp-user-7");
        browser.open("/signin.html#access_token=" + token);
        browser.waitVisible(By.id("demo-sign-in"));
        assertTrue(browser.driver().findElements(By.id("who")).isEmpty(), "not signed in by a fragment");

        // An operator may still paste a token (checking a deployment's token settings).
        browser.open("/signin.html?next=/judicial.html%23cleanup");
        browser.type(By.cssSelector("#external textarea[name=token]"), token);
        browser.click(By.cssSelector("#external button[type=submit]"));
        browser.waitVisible(By.cssSelector("#cleanup-body table"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/judicial.html#cleanup"), browser.driver().getCurrentUrl());
        assertTrue(browser.text(By.id("who")).contains("idp-user-7"), "signed in as the token's user");

        browser.open("/signin.html");
        browser.type(By.cssSelector("#external textarea[name=token]"), "not-a-token");
        browser.click(By.cssSelector("#external button[type=submit]"));
        browser.waitText(By.cssSelector(".alert.bad"), "有效的访问令牌");
        browser.assertNoScriptErrors();
    }

    @Test
    void hrSearchesEditsAndImportsTheRoster(Browser browser, Seed seed) throws Exception {
        Seed.Officer officer = seed.officerWithCredential("林海");
        browser.signIn("hr", "hr-1", "/hr.html");
        browser.waitVisible(By.cssSelector("#roster-list table"));
        browser.type(By.cssSelector("#roster-search input[name=q]"), officer.name());
        browser.click(By.cssSelector("#roster-search button[type=submit]"));
        browser.waitText(By.id("roster-list"), officer.number());
        browser.screenshot("roster");

        browser.click(By.xpath("//div[@id='roster-list']//tr[contains(., '" + officer.number() + "')]//button"));
        WebElement position = browser.waitVisible(By.cssSelector("#edit-officer input[name=position]"));
        position.clear();
        position.sendKeys("副科长");
        browser.click(By.cssSelector("#edit-officer button[type=submit]"));
        browser.confirm();
        browser.waitOutcome(By.xpath("//div[@id='officer-body']//div[contains(@class,'alert') and contains(@class,'ok')]"), Duration.ofSeconds(30));
        browser.waitText(By.id("officer-body"), "副科长");
        browser.fullPageScreenshot("officer-changed");

        browser.click(By.cssSelector("#tabs a[href='#import']"));
        Path csv = Files.createTempFile("roster-", ".csv");
        Files.writeString(csv, "name,idNumber,agencyCode,position,employmentType,postStatus,categories,areas\n"
                + "宋江,500115198001010000,500115002,科员,REGULAR,ON_POST,MARKET_REGULATION,500115\n"
                + "吴用,,500115999,科员,SOMETIMES,ON_POST,MARKET_REGULATION,500115\n");
        browser.waitVisible(By.cssSelector("#roster-import input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
        browser.click(By.cssSelector("#roster-import button[type=submit]"));
        browser.confirm();
        WebElement refused = browser.waitVisible(By.cssSelector("#roster-import .alert.bad"));
        assertTrue(refused.findElements(By.tagName("li")).size() >= 2, "every bad row is listed: " + refused.getText());
        browser.screenshot("roster-import-errors");

        browser.click(By.cssSelector("#tabs a[href='#compliance']"));
        browser.waitVisible(By.cssSelector("#compliance-body table"));
        browser.screenshot("compliance");
        browser.assertNoScriptErrors();
    }

    @Test
    void theJudicialBureauChecksEligibilityCleanUpAndReviewers(Browser browser, Seed seed) {
        Seed.Officer officer = seed.officerWithCredential("高远");
        browser.signIn("judicial", "judicial-1", "/judicial.html");
        browser.open("/judicial.html?officer=" + officer.id() + "#officer");
        browser.waitText(By.id("officer-body"), officer.number());
        browser.fullPageScreenshot("officer-eligibility");

        long contractWorker = seed.officer("马超", "CONTRACT");
        browser.type(By.cssSelector("#officer-search input[name=q]"), "马超");
        browser.click(By.cssSelector("#officer-search button[type=submit]"));
        browser.click(By.xpath("//div[@id='officer-list']//tr[contains(., '马超')]//button"));
        browser.waitText(By.id("officer-name"), "人员编号 " + contractWorker);
        WebElement reasons = browser.waitVisible(By.id("eligibility-reasons"));
        assertTrue(reasons.findElements(By.tagName("li")).size() >= 2, "every unmet rule: " + reasons.getText());
        browser.click(By.id("issue"));
        browser.confirm();
        WebElement refused = browser.waitVisible(By.cssSelector("#officer-status.bad"));
        assertTrue(refused.findElements(By.tagName("li")).size() >= 2, "the refusal names every rule: " + refused.getText());
        browser.fullPageScreenshot("issue-refused");

        browser.click(By.cssSelector("#tabs a[href='#cleanup']"));
        browser.waitVisible(By.cssSelector("#cleanup-body table"));
        browser.screenshot("cleanup-list");

        browser.click(By.cssSelector("#tabs a[href='#reviewers']"));
        browser.waitText(By.id("reviewers-body"), "重庆市长寿区市场监督管理局");
        browser.screenshot("legal-reviewers");
        browser.assertNoScriptErrors();
    }

    @Test
    void aTrainerRecordsACourseAndSeesAnImportRefusedRowByRow(Browser browser, Seed seed) throws Exception {
        Seed.Officer officer = seed.officerWithCredential("许晴");
        LocalDate day = TestClock.today().minusDays(3);
        if (day.getYear() != TestClock.today().getYear()) {
            day = TestClock.today();
        }
        long course = seed.course("行政执法程序规范培训", "PROFESSIONAL_LAW", "8", day);
        seed.attended(course, officer.id(), "8");

        browser.signIn("trainer", "trainer-1", "/trainer.html");
        browser.waitText(By.id("course-list"), "行政执法程序规范培训");
        browser.click(By.xpath("//div[@id='course-list']//tr[contains(., '行政执法程序规范培训')]//button"));
        browser.waitText(By.id("attendance"), officer.name());
        browser.fullPageScreenshot("course-attendance");

        browser.type(By.cssSelector("#new-course input[name=title]"), "食品安全法律知识更新培训");
        browser.select(By.cssSelector("#new-course select[name=category]"), "LAW_UPDATE");
        browser.select(By.cssSelector("#new-course select[name=organizerAgency]"), Seed.AGENCY);
        browser.select(By.cssSelector("#new-course select[name=mode]"), "OFFLINE");
        browser.type(By.cssSelector("#new-course input[name=hours]"), "4");
        browser.setValue(By.cssSelector("#new-course input[name=startsOn]"), day.toString());
        browser.setValue(By.cssSelector("#new-course input[name=endsOn]"), day.toString());
        browser.click(By.cssSelector("#new-course button[type=submit]"));
        browser.confirm();
        browser.waitOutcome(By.cssSelector("#new-course .alert.ok"), Duration.ofSeconds(30));
        browser.click(By.xpath("//div[@id='course-list']//tr[contains(., '食品安全法律知识更新培训')]//button"));
        browser.waitText(By.id("attendance-title"), "食品安全法律知识更新培训");
        browser.type(By.cssSelector("#record-attendance textarea[name=entries]"), officer.number() + ",4");
        browser.click(By.cssSelector("#record-attendance button[type=submit]"));
        browser.confirm();
        browser.waitOutcome(By.cssSelector("#record-attendance .alert.ok"), Duration.ofSeconds(30));
        browser.waitText(By.id("attendance"), officer.name());
        browser.screenshot("attendance-recorded");

        browser.click(By.cssSelector("#tabs a[href='#import']"));
        Path csv = Files.createTempFile("attendance-", ".csv");
        Files.writeString(csv, "courseId,officerId,hours\n" + course + ",999999,4\n" + course + "," + officer.id() + ",2.25\n");
        browser.waitVisible(By.cssSelector("#attendance-import input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
        browser.click(By.cssSelector("#attendance-import button[type=submit]"));
        browser.confirm();
        WebElement refused = browser.waitVisible(By.cssSelector("#attendance-import .alert.bad"));
        assertFalse(refused.findElements(By.tagName("li")).isEmpty(), "the bad rows are listed: " + refused.getText());
        browser.screenshot("attendance-import-errors");
        browser.assertNoScriptErrors();
    }

    @Test
    void aPlannerKeepsMattersAndTheTargetDirectory(Browser browser, Seed seed) {
        seed.foodBusinesses(24);
        seed.foodMatter();
        browser.signIn("planner", "planner-1", "/planner.html");
        browser.waitVisible(By.cssSelector("#plan-list table"));

        browser.click(By.cssSelector("#tabs a[href='#matters']"));
        browser.waitText(By.id("matter-list"), "食品经营许可事项检查");
        String[][] matter = {{"name", "药品零售企业监督检查"}, {"subject", "长寿区市场监督管理局"},
                {"legalBasis", "《药品经营质量管理规范》"}, {"targetScope", "辖区药品零售企业"}, {"content", "药品储存与销售记录"},
                {"method", "现场检查、书面检查"}, {"frequency", "每年一次"}};
        for (String[] field : matter) {
            browser.type(By.cssSelector("#new-matter [name=" + field[0] + "]"), field[1]);
        }
        browser.select(By.cssSelector("#new-matter select[name=category]"), "MARKET_REGULATION");
        browser.click(By.cssSelector("#new-matter button[type=submit]"));
        browser.confirm();
        browser.waitOutcome(By.cssSelector("#new-matter .alert.ok"), Duration.ofSeconds(30));
        browser.waitText(By.id("matter-list"), "药品零售企业监督检查");
        browser.screenshot("matters");

        browser.click(By.cssSelector("#tabs a[href='#plans']"));
        browser.type(By.cssSelector("#new-plan input[name=name]"), "药品零售企业“双随机”抽查");
        // matters of one name are told apart by their subject (抽查主体)
        new Select(browser.waitVisible(By.cssSelector("#new-plan select[name=matterId]")))
                .selectByVisibleText("食品经营许可事项检查（长寿区市场监督管理局）");
        // areas are checkboxes (no Ctrl-click), without GB/T 2260's groupings 市辖区 and 县
        WebElement areas = browser.waitVisible(By.cssSelector("#new-plan fieldset.checks-group:has(input[name=areas])"));
        assertTrue(areas.getText().contains("长寿区"), areas.getText());
        assertFalse(areas.getText().contains("市辖区"), "市辖区 is no area: " + areas.getText());
        assertTrue(areas.findElements(By.cssSelector("input[value='500100'], input[value='500200']")).isEmpty());
        browser.click(By.cssSelector("#new-plan input[name=areas][value='" + Seed.AREA + "']"));
        browser.click(By.cssSelector("#new-plan input[name=areas][value='500116']"));
        // ratios are typed as percentages, as people say them
        browser.type(By.cssSelector("#new-plan input[name='ratios.LOW']"), "5");
        browser.type(By.cssSelector("#new-plan input[name='ratios.HIGH']"), "20");
        browser.type(By.cssSelector("#new-plan input[name='creditMultipliers.D']"), "2");
        LocalDate start = TestClock.today().plusDays(7);
        browser.type(By.cssSelector("#new-plan input[name=year]"), String.valueOf(start.getYear()));
        browser.setValue(By.cssSelector("#new-plan input[name=startsOn]"), start.toString());
        browser.setValue(By.cssSelector("#new-plan input[name=endsOn]"), start.plusDays(20).toString());
        browser.click(By.cssSelector("#new-plan button[type=submit]"));
        browser.confirm();
        browser.waitOutcome(By.cssSelector("#new-plan .alert.ok"), Duration.ofSeconds(30));
        browser.waitText(By.id("flow-title"), "药品零售企业“双随机”抽查");
        browser.waitText(By.id("plan-list"), "药品零售企业“双随机”抽查");
        JsonObject created = seed.planNamed("药品零售企业“双随机”抽查");
        JsonObject ratios = created.getJsonObject("ratios");
        assertEquals(0, new BigDecimal("0.05").compareTo(ratios.getJsonNumber("LOW").bigDecimalValue()), "5 % is 0.05: " + ratios);
        assertEquals(0, new BigDecimal("0.2").compareTo(ratios.getJsonNumber("HIGH").bigDecimalValue()), "20 % is 0.2: " + ratios);
        assertEquals(Set.of(Seed.AREA, "500116"), Set.copyOf(created.getJsonArray("areas").getValuesAs(JsonString::getString)));
        browser.fullPageScreenshot("plans");
        browser.click(By.cssSelector("#tabs a[href='#targets']"));
        browser.waitText(By.id("target-list"), "食品经营部");
        browser.fullPageScreenshot("targets");
        browser.assertNoScriptErrors();
    }
}
