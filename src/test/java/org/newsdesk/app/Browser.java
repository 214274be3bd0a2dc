package org.newsdesk.app;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Path;
import java.util.List;

/** Debian's Chromium driven by Playwright, headless; one per test class. */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-component-update",
                        "--disable-gpu", "--no-first-run")));
    }

    /** A fresh browser profile at a width: 1280 for desktop, 390 for a phone. */
    Page page(int width, boolean dark) {
        BrowserContext context = chromium.newContext(new NewContextOptions()
                .setViewportSize(width, width < 600 ? 844 : 900)
                .setColorScheme(dark ? ColorScheme.DARK : ColorScheme.LIGHT)
                .setServiceWorkers(com.microsoft.playwright.options.ServiceWorkerPolicy.BLOCK));
        Page page = context.newPage();
        page.setDefaultTimeout(15_000);
        return page;
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
