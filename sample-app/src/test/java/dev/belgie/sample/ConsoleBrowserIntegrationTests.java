package dev.belgie.sample;

import dev.belgie.organization.membership.Member;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real headless Chromium, against the running sample app and a real SMTP
 * server: the e-mailed links lead to working pages, and what a member may not do is
 * neither shown nor done.
 */
class ConsoleBrowserIntegrationTests extends ApiIntegrationTests {

	/**
	 * The links' origin in e-mails; the browser opens their path and query on the test's
	 * port.
	 */
	@Value("${belgie.organization.base-url}")
	String mailBaseUrl;

	private static final String PASSWORD = SampleApi.PASSWORD;

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

	@Test
	void aNewcomerSignsUpCreatesAnOrganizationAndTheInviteeJoinsItFromTheEmailedLinks() throws IOException {
		String ownerEmail = unique("olivia");
		signUp(ownerEmail, "Olivia Owner");
		assertThat(browser.text(By.id("verify-notice"))).contains(ownerEmail);
		browser.screenshot("home-unverified");
		verifyFromEmail(ownerEmail);

		String slug = "rocket-" + UUID.randomUUID().toString().substring(0, 8);
		browser.clickAndWait(By.id("new-organization"));
		browser.fill("name", "Rocket Club");
		browser.fill("slug", slug);
		browser.waitUntilText(By.id("slug-status"), "is available");
		assertThat(browser.unlabelledControls()).isEmpty();
		browser.screenshot("create-organization");
		browser.press("Create organization");
		assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("Rocket Club");
		assertThat(browser.text(By.id("my-role"))).isEqualTo("owner");

		browser.clickAndWait(By.linkText("Invitations"));
		String inviteeEmail = unique("ivy");
		browser.fill("email", inviteeEmail);
		browser.press("Send invitation");
		assertThat(browser.text(By.id("notice"))).contains("Invited " + inviteeEmail + " as member");
		assertThat(browser.text(By.id("invitations"))).contains(inviteeEmail);
		assertThat(browser.unlabelledControls()).isEmpty();
		browser.screenshot("invitations");

		// the invitee, in a fresh session, follows the e-mailed link, signs up from there
		// and comes back to it
		browser.forgetSession();
		String invitationLink = linkFromEmail(inviteeEmail, "/invitations/");
		browser.open(invitationLink);
		browser.clickAndWait(By.id("invitation-sign-up"));
		assertThat(browser.find(By.id("email")).getDomProperty("value")).isEqualTo(inviteeEmail);
		browser.fill("name", "Ivy Invitee");
		browser.fill("password", PASSWORD);
		browser.press("Create account");
		assertThat(browser.path()).startsWith("/invitations/");
		verifyFromEmail(inviteeEmail);

		browser.open(invitationLink);
		assertThat(browser.find(By.id("invitation-state")).getDomAttribute("data-state")).isEqualTo("pending");
		assertThat(browser.text(By.cssSelector(".facts"))).contains("Rocket Club", "Olivia Owner", "member");
		browser.screenshot("invitation");
		browser.press("Accept and join");
		assertThat(browser.text(By.id("notice"))).contains("Welcome to Rocket Club");
		assertThat(browser.text(By.id("my-role"))).isEqualTo("member");
		browser.open("/");
		assertThat(browser.text(By.id("organizations"))).contains("Rocket Club");
	}

	@Test
	void aMemberWithoutMemberUpdateSeesNoRoleControlsAndAForgedRoleChangeIsRefused() throws IOException {
		Setup setup = organizationWithPlainMember();
		browser.open("/organizations/" + setup.organizationId() + "/members");
		assertThat(browser.text(By.id("members"))).contains(setup.ownerEmail(), setup.memberEmail());
		assertThat(browser.all(By.cssSelector("select[name=role]"))).isEmpty();
		assertThat(browser.all(By.xpath("//button[normalize-space()='Remove']"))).isEmpty();
		assertThat(browser.has(By.id("leave"))).isTrue();

		// a form the page does not offer, posted with the session's valid CSRF token:
		// promote oneself
		browser.script(
				"""
						const form = document.createElement('form');
						form.method = 'post';
						form.action = arguments[0];
						for (const [name, value] of [['_csrf', document.querySelector('input[name=_csrf]').value], ['role', 'owner']]) {
							const input = document.createElement('input');
							input.type = 'hidden'; input.name = name; input.value = value;
							form.appendChild(input);
						}
						document.body.appendChild(form);
						form.submit();""",
				"/organizations/" + setup.organizationId() + "/members/" + setup.memberId() + "/role");
		browser.waitUntilText(By.id("problem"), "");
		assertThat(browser.find(By.id("problem")).getDomAttribute("data-code")).isEqualTo("FORBIDDEN");
		assertThat(browser.text(By.id("my-role"))).isEqualTo("member");
		assertThat(this.organizations.asSystem().members(setup.organizationId(), 0, 10).items())
			.filteredOn((member) -> member.id().equals(setup.memberId()))
			.extracting(Member::role)
			.containsExactly("member");
	}

	@Test
	void anExpiredInvitationLinkShowsTheExpiredPage() throws IOException {
		String ownerEmail = unique("otto");
		signUp(ownerEmail, "Otto Owner");
		verifyFromEmail(ownerEmail); // only a verified address may send invitations
		UUID organizationId = createOrganization("Late Club");
		browser.clickAndWait(By.linkText("Invitations"));
		String inviteeEmail = unique("lena");
		browser.fill("email", inviteeEmail);
		browser.press("Send invitation");
		String link = linkFromEmail(inviteeEmail, "/invitations/");
		this.jdbc.update("update belgie_invitation set expires_at = ? where organization_id = ?",
				Timestamp.from(Instant.now().minus(Duration.ofHours(1))), organizationId);

		browser.forgetSession();
		signUp(inviteeEmail, "Lena Late");
		verifyFromEmail(inviteeEmail);
		browser.open(link);
		assertThat(browser.find(By.id("invitation-state")).getDomAttribute("data-state")).isEqualTo("expired");
		assertThat(browser.text(By.id("invitation-state"))).isEqualTo("This invitation has expired");
		assertThat(browser.has(By.id("accept"))).isFalse();
	}

	@Test
	void settingsRenameTheOrganizationAndADeletionVetoIsShownWithItsReason() throws IOException {
		signUp(unique("sam"), "Sam Settings");
		UUID organizationId = createOrganization(DeletionVetoes.PREFIX + " Club");
		browser.clickAndWait(By.linkText("Settings"));
		browser.fill("name", "");
		browser.press("Save");
		assertThat(browser.find(By.id("problem")).getDomAttribute("data-code")).isEqualTo("VALIDATION_FAILED");
		assertThat(browser.has(By.id("name-error"))).isTrue();
		browser.fill("name", DeletionVetoes.PREFIX + " Society");
		browser.fill("logo", "");
		browser.press("Save");
		assertThat(browser.text(By.cssSelector("h1"))).isEqualTo(DeletionVetoes.PREFIX + " Society");
		browser.screenshot("settings");

		browser.clickAndWait(By.id("delete"));
		browser.fill("confirmation", "not-the-slug");
		browser.press("Delete for good");
		assertThat(browser.text(By.id("confirmation-error"))).contains("to confirm");
		assertThat(browser.find(By.id("confirmation")).getDomProperty("value")).isEqualTo("not-the-slug");
		String slug = this.organizations.asSystem().details(organizationId).slug();
		browser.fill("confirmation", slug);
		browser.press("Delete for good");
		assertThat(browser.text(By.id("problem"))).contains(DeletionVetoes.REASON);
	}

	@Test
	void phoneWidthScreenshotsOfTheMembersPage() throws IOException {
		Setup setup = organizationWithPlainMember();
		browser.forgetSession();
		signIn(setup.ownerEmail());
		browser.resize(390, 844);
		try {
			browser.open("/organizations/" + setup.organizationId() + "/members");
			assertThat(browser.all(By.cssSelector("select[name=role]"))).hasSize(1);
			assertThat(browser.unlabelledControls()).isEmpty();
			browser.screenshot("members-phone");
		}
		finally {
			browser.resize(1100, 900);
		}
		browser.open("/organizations/" + setup.organizationId() + "/members");
		browser.screenshot("members");
	}

	@Test
	void theActivityTabTellsWhatHappenedToThoseWhoMayReadIt() throws IOException {
		Setup setup = organizationWithPlainMember();
		browser.open("/organizations/" + setup.organizationId() + "/members");
		assertThat(browser.all(By.linkText("Activity"))).isEmpty();
		browser.open("/organizations/" + setup.organizationId() + "/activity");
		assertThat(browser.find(By.id("problem")).getDomAttribute("data-code")).isEqualTo("FORBIDDEN");

		browser.forgetSession();
		signIn(setup.ownerEmail());
		browser.open("/organizations/" + setup.organizationId() + "/members");
		browser.clickAndWait(By.xpath("//button[normalize-space()='Remove']"));
		browser.clickAndWait(By.linkText("Activity"));
		List<String> sentences = browser.all(By.cssSelector("#activity li"))
			.stream()
			.map((item) -> item.getText())
			.toList();
		assertThat(sentences).hasSize(3);
		assertThat(sentences.get(0)).isEqualTo(setup.ownerEmail() + " removed Mia Member (member) — just now");
		assertThat(sentences.get(1)).isEqualTo("The system added Mia Member (member) — just now");
		assertThat(sentences.get(2)).isEqualTo(setup.ownerEmail() + " created the organization Plain Club — just now");
		assertThat(browser.has(By.id("older"))).isFalse();
		browser.screenshot("activity");
	}

	/**
	 * An organization made by its owner in the browser, with a plain member added, who is
	 * signed in.
	 */
	private Setup organizationWithPlainMember() {
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

	private void signUp(String email, String name) {
		browser.open("/sign-up");
		browser.fill("email", email);
		browser.fill("name", name);
		browser.fill("password", PASSWORD);
		browser.press("Create account");
		assertThat(browser.text(By.cssSelector(".top .who"))).isEqualTo(name);
	}

	private void signIn(String email) {
		browser.open("/sign-in");
		browser.fill("email", email);
		browser.fill("password", PASSWORD);
		browser.press("Sign in");
	}

	private UUID createOrganization(String name) {
		browser.open("/organizations/new");
		browser.fill("name", name);
		browser.press("Create organization");
		return UUID.fromString(browser.path().substring("/organizations/".length()));
	}

	private void verifyFromEmail(String email) {
		browser.open(linkFromEmail(email, "/verify-email"));
		browser.press("Confirm my e-mail address");
		assertThat(browser.text(By.id("notice"))).contains("confirmed");
		assertThat(browser.has(By.id("verify-notice"))).isFalse();
	}

	/**
	 * The path and query of the latest link to {@code path...} e-mailed to
	 * {@code recipient}.
	 */
	private String linkFromEmail(String recipient, String path) {
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

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	record Setup(UUID organizationId, String ownerEmail, String memberEmail, UUID memberId) {
	}

}
