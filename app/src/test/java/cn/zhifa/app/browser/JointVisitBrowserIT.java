package cn.zhifa.app.browser;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 现场检查 of a joint inspection (部门联合抽查) on a phone: the items grouped under each matter with its agency, both
 * matters' check lists sharing the codes C01–C03; an officer of the urban agency records a finding of the food
 * matter's C01 and of the signs' C01 (any member records any matter), each reaching the server with its matter, and
 * the missing list naming the matter of each item; the read-only record page groups the findings by matter.
 */
@ExtendWith(BrowserTests.class)
class JointVisitBrowserIT {

    @Test
    void anOfficerRecordsEachMattersItemsOfAJointVisitGroupedByMatter(Browser browser, Seed seed) {
        seed.officerWithCredential("韩冰");
        seed.officerWithCredential("秦朗");
        Seed.Officer tang = seed.officerWithCredential("唐宁", JointPlanBrowserIT.URBAN, "URBAN_MANAGEMENT");
        Seed.Officer xu = seed.officerWithCredential("许诺", JointPlanBrowserIT.URBAN, "URBAN_MANAGEMENT");
        seed.foodBusinesses(12);
        long food = seed.matterOf("食品经营许可事项检查（联合记录）", "MARKET_REGULATION", Seed.AGENCY);
        long signs = seed.matterOf("户外招牌设置检查（联合记录）", "URBAN_MANAGEMENT", JointPlanBrowserIT.URBAN);
        seed.checklist(food);
        seed.checklist(signs);
        long plan = seed.jointPlan("联合检查现场记录测试", List.of(food, signs));
        seed.confirmJoint(plan, Seed.AGENCY);
        seed.confirmJoint(plan, JointPlanBrowserIT.URBAN);
        seed.sealDrawAndPublish(plan);
        Map<Long, List<Long>> teams = seed.teams(plan);
        Seed.Inspection visit = seed.inspections(plan).stream()
                .map(i -> new Seed.Inspection(i.id(), i.creditCode(), teams.get(i.id()).stream()
                        .filter(o -> o == tang.id() || o == xu.id()).findFirst().orElse(-1L)))
                .filter(i -> i.inspectorId() > 0 && seed.onFirstPageOfTasks(i)).findFirst().orElseThrow();

        browser.phone();
        browser.signIn("officer", String.valueOf(visit.inspectorId()), "/officer.html");
        browser.open("/visit.html?id=" + visit.id());
        browser.click(By.id("check-in"));
        browser.waitVisible(By.id("checked-in"));
        String headings = browser.text(By.id("items"));
        assertTrue(headings.contains("食品经营许可事项检查（联合记录）（重庆市长寿区市场监督管理局）")
                && headings.contains("户外招牌设置检查（联合记录）（重庆市长寿区城市管理局）"), headings);

        browser.click(By.cssSelector("input[name='outcome-" + food + "/C01'][value='CONFORMS']"));
        browser.click(By.cssSelector("input[name='outcome-" + signs + "/C01'][value='NONCONFORMS']"));
        browser.waitVisible(By.id("pending-none"));
        browser.waitVisible(By.cssSelector("#missing-list li[data-what='FINDING'][data-matter='" + signs
                + "'][data-item='C02']"));
        JsonObject record = seed.record(visit.id(), visit.inspectorId());
        List<String> findings = record.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getJsonNumber("matterId") + "/" + f.getString("item") + ":" + f.getString("outcome"))
                .sorted().toList();
        assertEquals(List.of(food + "/C01:CONFORMS", signs + "/C01:NONCONFORMS").stream().sorted().toList(), findings);
        assertTrue(browser.driver().findElements(By.cssSelector("#missing-list li[data-what='FINDING'][data-item='C01']"))
                .isEmpty(), "both matters' C01 are recorded");
        browser.screenshot("joint-visit-per-matter");
        browser.assertNoScriptErrors();

        browser.open("/record.html?id=" + visit.id());
        browser.waitText(By.id("findings"), "户外招牌设置检查（联合记录）");
        assertEquals(2, browser.driver().findElements(By.cssSelector("#findings h3.matter-heading")).size());
        browser.assertNoScriptErrors();
    }
}
