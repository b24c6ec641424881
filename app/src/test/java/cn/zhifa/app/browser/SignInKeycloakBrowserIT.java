package cn.zhifa.app.browser;

import cn.zhifa.app.KeycloakProcess;
import cn.zhifa.app.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in through a real OpenID Connect provider, Keycloak, on its own login page: the packaged server (with its
 * demo data) in {@code oidc} mode, the pages doing the authorization code flow with PKCE through oidc-client-ts.
 * For hr and for a planner: sign in, use the page, sign out (which ends the provider's session too). Runs with
 * {@code -Pkeycloak} (and Chromium); skipped without them.
 */
class SignInKeycloakBrowserIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static KeycloakProcess keycloak;
    private static ServerProcess server;
    private Browser browser;

    private static String missing() {
        String reason = KeycloakProcess.missing();
        return reason != null ? reason : Browser.missing();
    }

    @BeforeAll
    static void start() throws Exception {
        if (missing() != null) {
            return;
        }
        int port = ServerProcess.freePort();
        keycloak = KeycloakProcess.start("http://127.0.0.1:" + port);
        List<String> properties = new ArrayList<>(keycloak.serverProperties());
        Path dataDir = Files.createTempDirectory(Path.of("target"), "browser-keycloak-");
        server = ServerProcess.startAsPublished(port, dataDir, properties.toArray(String[]::new));
    }

    @AfterAll
    static void stop() throws Exception {
        try (KeycloakProcess k = keycloak; ServerProcess s = server) {
            // both closed, whichever started
        }
    }

    @BeforeEach
    void openBrowser(TestInfo test) {
        Assumptions.assumeTrue(missing() == null, () -> "Keycloak browser tests skipped: " + missing());
        browser = new Browser(server.baseUrl(), "SignInKeycloak-" + test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    /** Keycloak's own login page: the person types their account and password there, never into our pages. */
    private void loginAtKeycloak(String username) {
        browser.waitVisible(By.id("username"), WAIT);
        assertTrue(browser.driver().getCurrentUrl().startsWith(keycloak.issuer() + "/protocol/openid-connect/auth"),
                browser.driver().getCurrentUrl());
        browser.screenshot("keycloak-login");
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), KeycloakProcess.PASSWORD);
        browser.click(By.id("kc-login"));
    }

    private String valueOf(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getDomProperty("value");
    }

    private String accessToken() {
        Object session = browser.script("return sessionStorage.getItem('zhifa.session')");
        return session == null ? null : (String) browser.script("return JSON.parse(arguments[0]).token", session);
    }

    @Test
    void hrSignsInAtKeycloakKeepsAnUnsavedFormAcrossExpiryAndSignsOut() {
        browser.open("/hr.html");
        loginAtKeycloak("hr-cs");
        browser.waitVisible(By.cssSelector("#roster-list table tbody tr"), WAIT);
        assertTrue(browser.driver().getCurrentUrl().endsWith("/hr.html"), browser.driver().getCurrentUrl());
        assertTrue(browser.text(By.id("who")).contains("hr-cs"), browser.text(By.id("who")));
        browser.screenshot("roster");
        String token = accessToken();
        assertEquals(200, server.api().get("/api/v1/officers", "Bearer " + token).status());

        // A new officer typed in, then the sign-in expires before it is saved (the session's expiry set to the past,
        // as the page sees it when the token's exp has passed): the save is refused, the form kept.
        browser.click(By.cssSelector("#tabs a[href='#officer']"));
        browser.click(By.id("new-officer"));
        browser.type(By.cssSelector("#create-officer input[name=name]"), "草稿人");
        browser.type(By.cssSelector("#create-officer input[name=idNumber]"), "500115199001011234");
        browser.select(By.cssSelector("#create-officer select[name=agencyCode]"), "500115002");
        browser.type(By.cssSelector("#create-officer input[name=position]"), "科员");
        browser.select(By.cssSelector("#create-officer select[name=employmentType]"), "REGULAR");
        browser.select(By.cssSelector("#create-officer select[name=postStatus]"), "ON_POST");
        browser.script("const s = JSON.parse(sessionStorage.getItem('zhifa.session')); s.expiresAt = Date.now() - 1000;"
                + "sessionStorage.setItem('zhifa.session', JSON.stringify(s));");
        browser.click(By.cssSelector("#create-officer button[type=submit]"));
        browser.confirm();
        browser.click(By.id("sign-in-again"));
        // the provider still knows the person (its session is alive): back without a password, the form as it was
        browser.waitVisible(By.cssSelector("#create-officer input[name=name]"), WAIT);
        assertEquals("草稿人", valueOf("#create-officer input[name=name]"));
        assertEquals("科员", valueOf("#create-officer input[name=position]"));
        assertEquals("REGULAR", valueOf("#create-officer select[name=employmentType]"));
        browser.waitText(By.id("create-officer"), "已恢复重新登录前填写的内容");
        browser.screenshot("form-restored");
        String renewed = accessToken();
        assertTrue(renewed != null && !renewed.equals(token), "a new token from the provider");

        signOutAndFindTheProviderSessionEnded("hr-cs", "/hr.html", renewed, "/api/v1/officers");
    }

    @Test
    void aPlannerSignsInAtKeycloakSeesTheMattersAndSignsOut() {
        browser.open("/planner.html#matters");
        loginAtKeycloak("planner-wz");
        // 万州区's planner sees its own agency's matters: the list loads, without 长寿区's (the demo's) matters
        browser.waitText(By.id("matter-list"), "第 1 /", WAIT);
        assertFalse(browser.text(By.id("matter-list")).contains("食品经营许可事项检查"),
                "another agency's matter is not listed: " + browser.text(By.id("matter-list")));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/planner.html#matters"), browser.driver().getCurrentUrl());
        browser.screenshot("matters");
        signOutAndFindTheProviderSessionEnded("planner-wz", "/planner.html", accessToken(), "/api/v1/matters");
    }

    /**
     * Signs out and shows what that ends: the tab's session and the provider's (opening the page again needs
     * Keycloak's login form, no silent way back in). An access token copied out before stays valid until its exp,
     * which the realm keeps short (5 minutes): the server verifies tokens by signature, it does not ask the provider.
     */
    private void signOutAndFindTheProviderSessionEnded(String username, String page, String oldToken, String readPath) {
        browser.click(By.id("sign-out"));
        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.urlContains("/signin.html?signedOut=1"));
        browser.waitText(By.id("oidc-status"), "已退出");
        assertNull(browser.script("return sessionStorage.getItem('zhifa.session')"), "nothing left in the tab");
        browser.screenshot("signed-out");

        browser.open(page);
        browser.waitVisible(By.id("username"), WAIT);
        assertTrue(browser.driver().getCurrentUrl().startsWith(keycloak.issuer()), "the provider asks for the password again");
        assertEquals(200, server.api().get(readPath, "Bearer " + oldToken).status(),
                "a copied access token is not revoked by the sign-out: it lives until its exp (5 minutes in the realm)");
        loginAtKeycloak(username);
        new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.urlContains(page));
        browser.waitVisible(By.id("sign-out"));
        browser.assertNoScriptErrors();
    }
}
