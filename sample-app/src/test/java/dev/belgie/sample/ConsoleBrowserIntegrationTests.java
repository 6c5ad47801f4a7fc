package dev.belgie.sample;

import dev.belgie.organization.membership.Member;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.belgie.organization.spi.OrganizationUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real headless Chromium, against the running sample app and a real SMTP
 * server: the e-mailed links lead to working pages, and what a member may not do is
 * neither shown nor done.
 */
class ConsoleBrowserIntegrationTests extends ConsoleBrowserTests {

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
		assertThat(browser.all(By.cssSelector("input[name=role]"))).isEmpty();
		assertThat(browser.all(By.xpath("//button[normalize-space()='Remove']"))).isEmpty();
		assertThat(browser.has(By.id("leave"))).isTrue();

		// a form the page does not offer, posted with the session's valid CSRF token:
		// promote oneself
		forgePost("/organizations/" + setup.organizationId() + "/members/" + setup.memberId() + "/role", "role",
				"owner");
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
			assertThat(browser.all(By.cssSelector("fieldset.role-picker"))).hasSize(1);
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

	@Test
	void theRolePickerGivesAMemberSeveralRolesAndRefusesNone() {
		Setup setup = organizationWithPlainMember();
		browser.forgetSession();
		signIn(setup.ownerEmail());
		String members = "/organizations/" + setup.organizationId() + "/members";
		browser.open(members);
		String picker = "role-" + setup.memberId();
		assertThat(browser.find(By.id(picker + "-member")).isSelected()).isTrue();
		assertThat(browser.find(By.id(picker + "-admin")).isSelected()).isFalse();
		browser.find(By.id(picker + "-admin")).click();
		browser.press("Save roles");
		assertThat(browser.text(By.id("notice"))).isEqualTo("Mia Member now has the roles admin, member.");
		assertThat(browser.find(By.id(picker + "-admin")).isSelected()).isTrue();
		assertThat(browser.find(By.id(picker + "-member")).isSelected()).isTrue();
		assertThat(roleOf(setup)).isEqualTo("admin,member");

		browser.find(By.id(picker + "-admin")).click();
		browser.find(By.id(picker + "-member")).click();
		browser.press("Save roles");
		assertThat(browser.find(By.id("problem")).getDomAttribute("data-code")).isEqualTo("VALIDATION_FAILED");
		assertThat(browser.text(By.id("problem"))).contains("role must name at least one role");
		assertThat(roleOf(setup)).isEqualTo("admin,member");
	}

	@Test
	void anOwnerCreatesAndDeletesProjectsAndAViewerOnlyReadsThem() throws IOException {
		String ownerEmail = unique("paula");
		signUp(ownerEmail, "Paula Projects");
		UUID organizationId = createOrganization("Project Club");
		browser.clickAndWait(By.linkText("Projects"));
		assertThat(browser.has(By.id("no-projects"))).isTrue();
		browser.fill("name", "   ");
		browser.press("Create project");
		assertThat(browser.find(By.id("problem")).getDomAttribute("data-code")).isEqualTo("VALIDATION_FAILED");
		assertThat(browser.text(By.id("name-error"))).isEqualTo("must not be blank");
		browser.fill("name", "Website");
		browser.fill("description", "The new site");
		browser.press("Create project");
		assertThat(browser.text(By.id("notice"))).isEqualTo("Created the project Website.");
		browser.fill("name", "Launch");
		browser.press("Create project");
		assertThat(browser.text(By.id("projects"))).contains("Website", "The new site", "Launch");
		assertThat(browser.unlabelledControls()).isEmpty();
		browser.screenshot("projects");
		browser.clickAndWait(By.cssSelector("button[aria-label='Delete the project Launch']"));
		assertThat(browser.text(By.id("notice"))).isEqualTo("Deleted the project Launch.");
		assertThat(browser.text(By.id("projects"))).doesNotContain("Launch");

		browser.forgetSession();
		String viewerEmail = unique("vera");
		signUp(viewerEmail, "Vera Viewer");
		String viewerId = this.jdbc.queryForObject("select id from app_user where email = ?", String.class,
				viewerEmail);
		this.organizations.addMember(organizationId, new OrganizationUser(viewerId, viewerEmail, "Vera Viewer"),
				"viewer", null);
		browser.open("/organizations/" + organizationId + "/projects");
		assertThat(browser.text(By.id("my-role"))).isEqualTo("viewer");
		assertThat(browser.text(By.id("projects"))).contains("Website", "The new site");
		assertThat(browser.has(By.id("read-only"))).isTrue();
		assertThat(browser.has(By.id("project-form"))).isFalse();
		assertThat(browser.all(By.xpath("//button[normalize-space()='Delete']"))).isEmpty();
		String website = this.jdbc.queryForObject("select id from project where organization_id = ?", String.class,
				organizationId);
		forgePost("/organizations/" + organizationId + "/projects/" + website + "/delete");
		assertThat(browser.find(By.id("problem")).getDomAttribute("data-code")).isEqualTo("FORBIDDEN");
		forgePost("/organizations/" + organizationId + "/projects", "name", "Forged");
		assertThat(browser.find(By.id("problem")).getDomAttribute("data-code")).isEqualTo("FORBIDDEN");
		assertThat(this.jdbc.queryForList("select name from project where organization_id = ?", String.class,
				organizationId))
			.containsExactly("Website");
	}

	private String roleOf(Setup setup) {
		return this.organizations.asSystem()
			.members(setup.organizationId(), 0, 10)
			.items()
			.stream()
			.filter((member) -> member.id().equals(setup.memberId()))
			.map(Member::role)
			.findFirst()
			.orElseThrow();
	}

}
