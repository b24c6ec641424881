package cn.zhifa.app.browser;

import cn.zhifa.app.ServerProcess;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every browser test needs: Chromium (or a skip that says why not), the packaged server started once
 * for all browser tests as its own process, a fresh browser per test, and the API for setting up data.
 * Test methods ask for {@link Browser}, {@link Seed} or {@link ServerProcess} as parameters.
 */
final class BrowserTests implements BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserTests.class);

    /** The server, closed when every test has run. */
    private record SharedServer(ServerProcess server) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Exception {
            server.close();
        }
    }

    /** A browser, closed when its test ends. */
    private record OpenBrowser(Browser browser) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Exception {
            browser.close();
        }
    }

    /**
     * Without Chromium every test is reported skipped, with the reason (checked per test: failsafe reports a
     * class skipped in its set-up as no tests at all, which would look like a silent pass).
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        String missing = Browser.missing();
        Assumptions.assumeTrue(missing == null, () -> "Browser tests skipped: " + missing);
    }

    private static ServerProcess server(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("server", key -> {
            try {
                Path dataDir = Files.createTempDirectory(Path.of("target"), "browser-data-");
                // The tests make their own data through the API, like the people whose work comes first.
                return new SharedServer(ServerProcess.startAsPublished(dataDir, "-Dzhifa.demo.enabled=false"));
            } catch (Exception e) {
                throw new IllegalStateException("The packaged server did not start", e);
            }
        }, SharedServer.class).server();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Browser.class || type == Seed.class || type == ServerProcess.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        ServerProcess server = server(context);
        if (type == ServerProcess.class) {
            return server;
        }
        if (type == Seed.class) {
            return new Seed(server);
        }
        String prefix = context.getRequiredTestClass().getSimpleName().replace("BrowserIT", "")
                + "-" + context.getRequiredTestMethod().getName();
        return context.getStore(NAMESPACE).getOrComputeIfAbsent("browser",
                key -> new OpenBrowser(new Browser(server.baseUrl(), prefix)), OpenBrowser.class).browser();
    }
}
