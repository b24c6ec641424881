package cn.zhifa.app.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 22 item 12: the public pages name what they show. A matter whose 抽查主体 was entered as the agency's code
 * shows the agency's name; a plan's strata and the statistics name the credit levels; an inspector replaced after
 * the draw is named with the credential number and the reason in words, not by internal id and code. On a laptop
 * and on a phone.
 */
@ExtendWith(BrowserTests.class)
class PublicNamesBrowserIT {
    private static final Set<String> CREDIT_CODES = Set.of("A", "B", "C", "D");

    @Test
    void thePublicPagesShowNamesNotCodes(Browser browser, Seed seed) {
        seed.officerWithCredential("孙志远");
        seed.officerWithCredential("何静怡");
        seed.officerWithCredential("罗振宇");
        seed.foodBusinesses(12);
        long matter = seed.foodMatter(Seed.AGENCY);
        long plan = seed.draftPlan("食品经营抽查（主体以代码录入）", matter);
        seed.sealDrawAndPublish(plan);
        Seed.Inspection first = seed.inspections(plan).getFirst();
        seed.replace(plan, first.inspectorId(), first.id(), "ILLNESS");

        for (int[] size : new int[][] {{1366, 900}, {390, 844}}) {
            String device = size[0] < 500 ? "phone" : "laptop";
            browser.windowSize(size[0], size[1]);
            browser.open("/index.html");
            // the portal's first ten matters: this test's may be on a later page of the shared server's list
            WebElement matters = browser.waitVisible(By.cssSelector("#matters table"));
            assertFalse(matters.getText().contains(Seed.AGENCY), device + ": 抽查主体 is named: " + matters.getText());

            browser.open("/plan.html?id=" + plan);
            browser.waitText(By.tagName("h1"), "食品经营抽查（主体以代码录入）");
            String subject = browser.text(By.xpath("//dt[.='抽查主体']/following-sibling::dd[1]"));
            assertTrue(subject.equals("重庆市长寿区市场监督管理局"), device + ": the matter's subject is named: " + subject);
            List<String> cells = browser.driver().findElements(By.cssSelector("#plan td")).stream()
                    .map(WebElement::getText).map(String::strip).toList();
            assertTrue(cells.stream().noneMatch(CREDIT_CODES::contains), device + ": credit levels in words: " + cells);
            WebElement replaced = browser.waitVisible(By.xpath("//section[h2[contains(., '抽取后人员调整')]]"));
            browser.script("arguments[0].scrollIntoView({block: 'start'})", replaced);
            assertTrue(replaced.getText().contains("因病") && !replaced.getText().contains("ILLNESS"),
                    device + ": the reason in words: " + replaced.getText());
            // the columns: 序号, 被替换人员（证件编号）, 原因, 说明
            String officer = replaced.findElements(By.cssSelector("td")).get(1).getText();
            assertTrue(officer.matches("\\p{IsHan}+（500115\\d+）"),
                    device + ": the replaced inspector by name and credential number, not id " + first.inspectorId()
                            + ": " + officer);
            browser.screenshot(device + "-plan-replacement");

            browser.open("/statistics.html");
            browser.waitVisible(By.cssSelector("#charts svg"));
            @SuppressWarnings("unchecked")
            List<String> credits = (List<String>) browser.script("return [...document.querySelectorAll("
                    + "'#charts svg[aria-label=\"按信用等级的抽取数量\"] text[text-anchor=end]')].map(e => e.textContent)");
            assertTrue(!credits.isEmpty() && credits.stream().allMatch(label -> label.contains("级")),
                    device + ": credit levels named in the statistics: " + credits);
            browser.assertNoScriptErrors();
        }
        browser.windowSize(1366, 900);
    }
}
