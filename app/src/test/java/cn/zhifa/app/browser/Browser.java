package cn.zhifa.app.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven through Selenium the way a person uses the pages: open a page, sign in
 * by choosing a demo user, click, type, confirm, read. Every step can leave a screenshot under
 * {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {
    /** Debian's Chromium and its driver; {@code -Dzhifa.test.chromium=} and {@code -Dzhifa.test.chromedriver=} elsewhere. */
    static final Path CHROMIUM = Path.of(System.getProperty("zhifa.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("zhifa.test.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final Path profile;
    private final String baseUrl;
    private final String prefix;
    private int shots;

    Browser(String baseUrl, String prefix) {
        this.baseUrl = baseUrl;
        this.prefix = prefix;
        try {
            this.profile = Files.createTempDirectory("zhifa-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Never let Selenium Manager look for (or download) a browser or driver: both are given explicitly.
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1366,900", "--lang=zh-CN");
        // files the pages save (exports, archives) land in the profile's own directory, without asking
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
                downloads().toString(), "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    /** Why the tests cannot run here, or null when Chromium and its driver are installed. */
    static String missing() {
        if (!Files.isExecutable(CHROMIUM)) {
            return CHROMIUM + " is not installed (apt-get install chromium chromium-driver fonts-wqy-zenhei)";
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            return CHROMEDRIVER + " is not installed (apt-get install chromium-driver)";
        }
        return null;
    }

    WebDriver driver() {
        return driver;
    }

    /** Where the files a page saves land. */
    Path downloads() {
        return profile.resolve("downloads");
    }

    /** The bytes of a file the page saved under this name, once its download has ended. */
    byte[] downloaded(String fileName) {
        Path file = downloads().resolve(fileName);
        new WebDriverWait(driver, WAIT).until(d -> Files.isRegularFile(file)
                && !Files.exists(downloads().resolve(fileName + ".crdownload")));
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
    }

    /** A phone's screen (the verification page is read on phones). */
    void phone() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    /**
     * The network as Chromium's DevTools emulate it (CDP {@code Network.emulateNetworkConditions}): offline, or online
     * with this latency and these throughputs in bytes per second (-1: not throttled).
     */
    void network(boolean offline, long latencyMs, long downloadBytesPerSecond, long uploadBytesPerSecond) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", java.util.Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", java.util.Map.of("offline", offline,
                "latency", latencyMs, "downloadThroughput", downloadBytesPerSecond, "uploadThroughput", uploadBytesPerSecond));
    }

    /** The network back to normal after {@link #network}. */
    void online() {
        network(false, 0, -1, -1);
    }

    /** A window of the given size (a laptop's 1366×900, a phone's 390×844). */
    void windowSize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Runs a script in the page and returns its answer. */
    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Fails when the page is wider than the window (a phone would have to scroll sideways). */
    void assertNoHorizontalOverflow(String where) {
        long scrollWidth = ((Number) script("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) script("return window.innerWidth")).longValue();
        if (scrollWidth > innerWidth) {
            throw new AssertionError(where + ": the page is wider than the window, " + scrollWidth + " > " + innerWidth);
        }
    }

    /** A laptop's window, 1366×900 (also the window every test starts with). */
    void desktop() {
        windowSize(1366, 900);
    }

    /** Signs in on the sign-in page by choosing a demo user of the role, and lands on the role's page. */
    void signIn(String role, String subject, String home) {
        signIn(role, subject, home, null);
    }

    /** {@link #signIn(String, String, String)} acting for the agency (a code the page offers; null: its first). */
    void signIn(String role, String subject, String home, String agency) {
        open("/signin.html");
        WebElement form = waitVisible(By.id("demo-sign-in"));
        driver.findElement(By.id("role-" + role)).click();
        if (agency != null) {
            new org.openqa.selenium.support.ui.Select(form.findElement(By.name("agency"))).selectByValue(agency);
        }
        WebElement sub = form.findElement(By.name("sub"));
        sub.clear();
        sub.sendKeys(subject);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains(home));
        waitVisible(By.id("sign-out"));
    }

    WebElement waitVisible(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement waitVisible(By by, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits for the element an action leads to; fails at once with the page's words when the page shows a
     * refusal instead (an {@code .alert.bad}: the server's problem detail and errors).
     */
    WebElement waitOutcome(By wanted, Duration timeout) {
        // Pages redraw a section after an action: an element read a moment ago may be gone; look again.
        return new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class).until(d -> {
            for (WebElement alert : d.findElements(By.cssSelector(".alert.bad"))) {
                if (alert.isDisplayed()) {
                    screenshot("refused");
                    throw new AssertionError("The page shows a refusal: " + alert.getText());
                }
            }
            return d.findElements(wanted).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
        });
    }

    /** Waits until the element's text contains the words, and returns the element. */
    WebElement waitText(By by, String words) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(by, words));
        return driver.findElement(by);
    }

    WebElement waitText(By by, String words, Duration timeout) {
        new WebDriverWait(driver, timeout).until(ExpectedConditions.textToBePresentInElementLocated(by, words));
        return driver.findElement(by);
    }

    void click(By by) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return false;
            }
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
            return true;
        });
    }

    void type(By by, String text) {
        WebElement element = waitVisible(by);
        element.clear();
        element.sendKeys(text);
    }

    /** Sets an input's value as a person picking it would (date pickers differ by locale, typing into them too). */
    void setValue(By by, String value) {
        WebElement element = waitVisible(by);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", element, value);
    }

    void select(By by, String value) {
        new Select(waitVisible(by)).selectByValue(value);
    }

    /**
     * Clicks what opens a document in a new window (a printable card or archive), waits until {@code shown} is in it,
     * runs {@code check} there, then closes it and returns to this page.
     */
    void inNewWindow(By opener, String shown, Runnable check) {
        String page = driver.getWindowHandle();
        click(opener);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getWindowHandles().size() > 1);
        driver.getWindowHandles().stream().filter(handle -> !handle.equals(page)).findFirst()
                .ifPresent(window -> driver.switchTo().window(window));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getPageSource().contains(shown));
        check.run();
        driver.close();
        driver.switchTo().window(page);
    }

    /** Presses the confirm button of the confirmation dialog every action opens. */
    void confirm() {
        waitVisible(By.cssSelector("dialog[open]"));
        click(By.id("confirm-ok"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog[open]")));
    }

    /**
     * Fails when a page script threw or logged an error since the last check. A refused request is not a script
     * error: the browser logs its status ("Failed to load resource"), and the page shows it in words.
     */
    void assertNoScriptErrors() {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("Failed to load resource"))
                .toList();
        if (!errors.isEmpty()) {
            throw new AssertionError("Script errors in the browser: " + errors);
        }
    }

    String text(By by) {
        return driver.findElement(by).getText();
    }

    /** The PNG of one element as a person's camera would see it on the screen. */
    byte[] capture(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return element.getScreenshotAs(OutputType.BYTES);
    }

    /** Saves the page as target/screenshots/{prefix}-{nn}-{name}.png and returns the file. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", prefix, ++shots, name));
            Files.write(file, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page, not only the window, as one picture (for the user guide). */
    Path fullPageScreenshot(String name) {
        Long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.ceil(document.documentElement.scrollHeight)");
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 120, 6000)));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
