package dev.belgie.sample;

import dev.belgie.organization.membership.Member;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.spi.OrganizationUser;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the console's browser journeys: one real headless Chromium for the class,
 * against the running sample app and a real SMTP server, and the steps every journey
 * takes (sign up, verify from the e-mailed link, create an organization).
 */
abstract class ConsoleBrowserTests extends ApiIntegrationTests {

	/**
	 * The links' origin in e-mails; the browser opens their path and query on the test's
	 * port.
	 */
	@Value("${belgie.organization.base-url}")
	String mailBaseUrl;

	static final String PASSWORD = SampleApi.PASSWORD;

	static Browser browser;

	@Autowired
	OrganizationService organizations;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.close();
		}
	}

	@BeforeEach
	void newVisitor() {
		browser.at("http://localhost:" + this.port).forgetSession();
	}

	/**
	 * An organization made by its owner in the browser, with a plain member added, who is
	 * signed in.
	 */
	Setup organizationWithPlainMember() {
		String ownerEmail = unique("owen");
		signUp(ownerEmail, "Owen Owner");
		UUID organizationId = createOrganization("Plain Club");
		browser.forgetSession();
		String memberEmail = unique("mia");
		signUp(memberEmail, "Mia Member");
		String memberUserId = this.jdbc.queryForObject("select id from app_user where email = ?", String.class,
				memberEmail);
		Member member = this.organizations.addMember(organizationId,
				new OrganizationUser(memberUserId, memberEmail, "Mia Member"), "member", null);
		return new Setup(organizationId, ownerEmail, memberEmail, member.id());
	}

	/**
	 * Posts a form the page does not offer, with the session's valid CSRF token (what a
	 * member could do by hand), and waits for the page that answers.
	 * @param nameValues the form's fields, name then value
	 */
	void forgePost(String action, String... nameValues) {
		browser.script("""
				const form = document.createElement('form');
				form.method = 'post';
				form.action = arguments[0];
				const fields = [['_csrf', document.querySelector('input[name=_csrf]').value]];
				for (let i = 1; i < arguments.length; i += 2) {
					fields.push([arguments[i], arguments[i + 1]]);
				}
				for (const [name, value] of fields) {
					const input = document.createElement('input');
					input.type = 'hidden'; input.name = name; input.value = value;
					form.appendChild(input);
				}
				document.body.appendChild(form);
				form.submit();""", concat(action, nameValues));
		browser.waitUntilText(By.id("problem"), "");
	}

	private static Object[] concat(String first, String... rest) {
		Object[] all = new Object[rest.length + 1];
		all[0] = first;
		System.arraycopy(rest, 0, all, 1, rest.length);
		return all;
	}

	void signUp(String email, String name) {
		browser.open("/sign-up");
		browser.fill("email", email);
		browser.fill("name", name);
		browser.fill("password", PASSWORD);
		browser.press("Create account");
		assertThat(browser.text(By.cssSelector(".top .who"))).isEqualTo(name);
	}

	void signIn(String email) {
		browser.open("/sign-in");
		browser.fill("email", email);
		browser.fill("password", PASSWORD);
		browser.press("Sign in");
	}

	UUID createOrganization(String name) {
		browser.open("/organizations/new");
		browser.fill("name", name);
		browser.press("Create organization");
		return UUID.fromString(browser.path().substring("/organizations/".length()));
	}

	void verifyFromEmail(String email) {
		browser.open(linkFromEmail(email, "/verify-email"));
		browser.press("Confirm my e-mail address");
		assertThat(browser.text(By.id("notice"))).contains("confirmed");
		assertThat(browser.has(By.id("verify-notice"))).isFalse();
	}

	/**
	 * The path and query of the latest link to {@code path...} e-mailed to
	 * {@code recipient}.
	 */
	String linkFromEmail(String recipient, String path) {
		Pattern link = Pattern.compile(Pattern.quote(this.mailBaseUrl + path) + "[^\\s\"<>]*");
		Instant deadline = Instant.now().plusSeconds(10);
		while (Instant.now().isBefore(deadline)) {
			String found = null;
			for (MimeMessage message : TestMailServer.greenMail().getReceivedMessages()) {
				try {
					if (message.getAllRecipients()[0].toString().equalsIgnoreCase(recipient)) {
						Matcher matcher = link.matcher(text(message.getContent()));
						if (matcher.find()) {
							found = matcher.group().substring(this.mailBaseUrl.length()).replace("&amp;", "&");
						}
					}
				}
				catch (MessagingException | IOException ex) {
					throw new IllegalStateException(ex);
				}
			}
			if (found != null) {
				return found;
			}
			sleep();
		}
		throw new AssertionError("No e-mail to " + recipient + " with a link to " + path);
	}

	/** The decoded text of a message's content, all its parts together. */
	private static String text(Object content) throws MessagingException, IOException {
		if (content instanceof Multipart multipart) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(text(multipart.getBodyPart(i).getContent())).append('\n');
			}
			return text.toString();
		}
		return String.valueOf(content);
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	record Setup(UUID organizationId, String ownerEmail, String memberEmail, UUID memberId) {
	}

}
