package cn.zhifa.app.browser;

import cn.zhifa.app.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sign-in page's {@code next} leads only to a page of this service, never to another site (open redirect). */
@ExtendWith(BrowserTests.class)
class SignInRedirectBrowserIT {
    /** Spellings that browsers resolve to another host, each as it would arrive in a link. */
    private static final List<String> ELSEWHERE = List.of("/\\evil.example/signin", "/\t/evil.example/", "//evil.example",
            "https://evil.example/hr.html", "/\\/evil.example", " //evil.example", "javascript:alert(1)");

    @Test
    void theDemoOffersEachRoleInTwoAgenciesAndSignsInForTheOneChosen(Browser browser) {
        browser.open("/signin.html");
        browser.waitVisible(By.id("demo-sign-in"));
        browser.click(By.id("role-hr"));
        assertEquals(List.of("500115002", "500101002"), agencyChoices(browser));
        browser.click(By.id("role-planner"));
        assertEquals(List.of("500115002", "500115003", "500101002"), agencyChoices(browser),
                "a planner also of 长寿区城市管理局, which confirms its matter of a joint plan");
        browser.click(By.id("role-judicial"));
        assertEquals(List.of("500115001", "500000001"), agencyChoices(browser));
        browser.click(By.id("role-officer"));
        assertEquals(false, browser.driver().findElement(By.name("agency")).isDisplayed(), "an officer acts for no agency");
        browser.click(By.id("role-planner"));
        browser.select(By.name("agency"), "500101002");
        browser.click(By.cssSelector("#demo-sign-in button[type=submit]"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/planner.html"));
        Object agency = ((JavascriptExecutor) browser.driver()).executeScript(
                "const t = JSON.parse(sessionStorage.getItem('zhifa.session')).token.split('.')[1];"
                        + "return JSON.parse(atob(t.replace(/-/g, '+').replace(/_/g, '/'))).agency");
        assertEquals("500101002", agency, "the development token carries the agency chosen");
        browser.assertNoScriptErrors();
    }

    private static List<String> agencyChoices(Browser browser) {
        return browser.driver().findElements(By.cssSelector("select[name=agency] option")).stream()
                .map(o -> o.getDomProperty("value")).toList();
    }

    @Test
    void aHostileNextLeadsToTheRolesOwnPageAndASameOriginOneIsFollowed(Browser browser, ServerProcess server) {
        for (String next : ELSEWHERE) {
            signInWithNext(browser, next);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/hr.html"));
            assertEquals(server.baseUrl() + "/hr.html", browser.driver().getCurrentUrl(), "next=" + next);
            browser.driver().manage().deleteAllCookies();
            ((JavascriptExecutor) browser.driver()).executeScript("sessionStorage.clear()");
        }
        signInWithNext(browser, "/hr.html?tab=officers#list");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("tab=officers"));
        assertEquals(server.baseUrl() + "/hr.html?tab=officers#list", browser.driver().getCurrentUrl());
        browser.assertNoScriptErrors();
    }

    @Test
    void theRuleKeepsOnlyPathsOfThisOrigin(Browser browser) {
        browser.open("/signin.html");
        browser.waitVisible(By.id("demo-sign-in"));
        Map<String, Object> answers = resolve(browser, List.of("/\\evil.example", "/%09/evil.example", "/\t/evil.example",
                "//evil.example", "http://evil.example/", "javascript:alert(1)", "/plan.html?id=3#x", "hr.html"));
        for (String hostile : List.of("/\\evil.example", "/\t/evil.example", "//evil.example", "http://evil.example/",
                "javascript:alert(1)")) {
            assertEquals(null, answers.get(hostile), hostile);
        }
        assertEquals("/%09/evil.example", answers.get("/%09/evil.example"), "still encoded, a path of this origin");
        assertEquals("/plan.html?id=3#x", answers.get("/plan.html?id=3#x"));
        assertEquals("/hr.html", answers.get("hr.html"));
    }

    private static void signInWithNext(Browser browser, String next) {
        browser.open("/signin.html?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        WebElement form = browser.waitVisible(By.id("demo-sign-in"));
        browser.driver().findElement(By.id("role-hr")).click();
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Browser browser, List<String> nexts) {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const [nexts, done] = arguments;
                import('/js/session.js').then(session => {
                    const answers = {};
                    for (const next of nexts) answers[next] = session.sameOriginPath(next);
                    done(answers);
                });""", nexts);
    }
}
