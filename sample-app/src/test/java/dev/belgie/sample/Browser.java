package dev.belgie.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.fail;

/**
 * One real headless Chromium (the Debian {@code chromium} and {@code chromium-driver}
 * packages), driven over WebDriver, offline. Without them the tests are skipped, except
 * under {@code CI=true}, where they fail.
 */
final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final WebDriver driver;

	private final Path profile;

	private final WebDriverWait wait;

	private String baseUrl;

	private Browser(WebDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
	}

	static Browser start() throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			String missing = "chromium and chromium-driver are not installed (apt-get install -y chromium chromium-driver)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail("The browser tests must run in CI: " + missing);
			}
			Assumptions.abort(missing);
		}
		Path profile = Files.createTempDirectory("console-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(1100, 900));
		return new Browser(driver, profile);
	}

	Browser at(String baseUrl) {
		this.baseUrl = baseUrl;
		return this;
	}

	/** Opens a path of the app (or a full URL). */
	void open(String pathOrUrl) {
		this.driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : this.baseUrl + pathOrUrl);
	}

	/** Forgets the signed-in session (a new visitor). */
	void forgetSession() {
		open("/console/console.css");
		this.driver.manage().deleteAllCookies();
	}

	String path() {
		return this.driver.getCurrentUrl().substring(this.baseUrl.length());
	}

	WebElement find(By by) {
		return this.wait.until(ExpectedConditions.presenceOfElementLocated(by));
	}

	List<WebElement> all(By by) {
		return this.driver.findElements(by);
	}

	boolean has(By by) {
		return !this.driver.findElements(by).isEmpty();
	}

	String text(By by) {
		return find(by).getText();
	}

	/** Types into the input labelled by {@code id}, replacing what it held. */
	void fill(String id, String value) {
		WebElement input = find(By.id(id));
		input.clear();
		input.sendKeys(value);
	}

	/**
	 * Clicks and waits for the page that follows to be loaded (the clicked element goes
	 * stale).
	 */
	void clickAndWait(By by) {
		WebElement element = find(by);
		element.click();
		this.wait.until(ExpectedConditions.stalenessOf(element));
		this.wait.until((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/** Submits the form of the button with that text. */
	void press(String buttonText) {
		clickAndWait(By.xpath("//button[normalize-space()='" + buttonText + "']"));
	}

	void waitUntilText(By by, String text) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/**
	 * The form controls of the page that no label names (for people using a screen
	 * reader).
	 */
	@SuppressWarnings("unchecked")
	List<String> unlabelledControls() {
		return (List<String>) script("""
				return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
					.filter((control) => control.labels.length === 0 && !control.getAttribute('aria-label'))
					.map((control) => control.outerHTML);""");
	}

	/** Saves what the browser shows as target/screenshots/{name}.png. */
	Path screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path file = SCREENSHOTS.resolve(name + ".png");
		Path taken = ((ChromeDriver) this.driver).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(taken, file, StandardCopyOption.REPLACE_EXISTING);
		return file;
	}

	void resize(int width, int height) {
		this.driver.manage().window().setSize(new Dimension(width, height));
	}

	@Override
	public void close() throws IOException {
		this.driver.quit();
		try (var files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

}
