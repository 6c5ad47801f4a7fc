package dev.belgie.sample;

import java.io.IOException;
import java.util.UUID;

import dev.belgie.organization.team.AddTeamMemberRequest;
import dev.belgie.organization.team.CreateTeamRequest;
import dev.belgie.organization.team.Team;
import dev.belgie.organization.team.TeamMember;
import dev.belgie.organization.team.TeamService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's Teams tab in a real browser, with an organization allowed two teams: an
 * owner creates, renames and deletes teams and manages their members' team roles, the
 * team limit is shown when it is reached, and a team's maintainer manages its members
 * without the organization's team permissions.
 */
@TestPropertySource(properties = "belgie.team.maximum-teams=2")
class ConsoleTeamsBrowserIntegrationTests extends ConsoleBrowserTests {

	@Autowired
	TeamService teams;

	@Test
	void anOwnerCreatesRenamesAndDeletesTeamsAndGivesTheirMembersTeamRoles() throws IOException {
		Setup setup = organizationWithPlainMember();
		String miaId = userId(setup.memberEmail());
		browser.forgetSession();
		signIn(setup.ownerEmail());
		browser.open("/organizations/" + setup.organizationId());
		browser.clickAndWait(By.linkText("Teams"));
		assertThat(browser.has(By.id("no-teams"))).isTrue();
		browser.fill("name", "Platform");
		browser.press("Create team");
		assertThat(browser.text(By.id("notice"))).isEqualTo("Created the team Platform.");
		assertThat(browser.text(By.id("team-name"))).isEqualTo("Platform");

		browser.fill("name", "Core Platform");
		browser.press("Rename team");
		assertThat(browser.text(By.id("notice"))).isEqualTo("The team is now called Core Platform.");
		assertThat(browser.text(By.id("team-name"))).isEqualTo("Core Platform");

		new Select(browser.find(By.id("userId"))).selectByVisibleText("Mia Member (" + setup.memberEmail() + ")");
		assertThat(browser.find(By.id("new-team-role-member")).isSelected()).isTrue();
		browser.find(By.id("new-team-role-maintainer")).click();
		browser.press("Add to team");
		assertThat(browser.text(By.id("notice"))).isEqualTo("Added a member with the team roles maintainer, member.");
		assertThat(browser.text(By.id("team-members"))).contains("Mia Member", setup.memberEmail());
		assertThat(browser.unlabelledControls()).isEmpty();
		browser.screenshot("team");
		UUID teamId = UUID.fromString(browser.path().substring(browser.path().lastIndexOf('/') + 1));
		assertThat(teamRole(setup, teamId, miaId)).isEqualTo("maintainer,member");

		String picker = "team-role-" + this.teams.asSystem().members(setup.organizationId(), teamId).get(0).id();
		browser.find(By.id(picker + "-maintainer")).click();
		browser.press("Save team roles");
		assertThat(browser.text(By.id("notice"))).isEqualTo("The member now has the team role member.");
		assertThat(teamRole(setup, teamId, miaId)).isEqualTo("member");

		browser.clickAndWait(By.cssSelector("button[aria-label='Remove Mia Member from the team']"));
		assertThat(browser.has(By.id("no-team-members"))).isTrue();
		assertThat(this.teams.asSystem().members(setup.organizationId(), teamId)).isEmpty();

		browser.clickAndWait(By.linkText("Teams"));
		browser.fill("name", "Design");
		browser.press("Create team");
		browser.clickAndWait(By.linkText("Teams"));
		assertThat(browser.text(By.id("teams"))).contains("Core Platform", "Design");
		browser.fill("name", "Research");
		browser.press("Create team");
		assertThat(browser.find(By.id("problem")).getDomAttribute("data-code")).isEqualTo("TEAM_LIMIT_REACHED");
		assertThat(browser.text(By.id("problem"))).isEqualTo("The organization has reached its limit of 2 teams.");
		assertThat(browser.find(By.id("name")).getDomProperty("value")).isEqualTo("Research");
		browser.screenshot("teams-limit");

		browser.clickAndWait(By.linkText("Design"));
		browser.clickAndWait(By.id("delete-team"));
		assertThat(browser.text(By.id("notice"))).isEqualTo("Deleted the team Design.");
		assertThat(browser.text(By.id("teams"))).contains("Core Platform").doesNotContain("Design");
		assertThat(this.teams.asSystem().teams(setup.organizationId())).extracting(Team::name)
			.containsExactly("Core Platform");
	}

	@Test
	void aTeamMaintainerManagesItsMembersAndAPlainMemberOnlyReads() {
		Setup setup = organizationWithPlainMember();
		String miaId = userId(setup.memberEmail());
		Team team = this.teams.asSystem().create(setup.organizationId(), new CreateTeamRequest("Support"));
		this.teams.asSystem()
			.addMember(setup.organizationId(), team.id(), new AddTeamMemberRequest(miaId, "maintainer"));
		String teamPage = "/organizations/" + setup.organizationId() + "/teams/" + team.id();

		// Mia, signed in, holds no organization team permission but maintains the team
		browser.open(teamPage);
		assertThat(browser.has(By.id("rename-form"))).isTrue();
		assertThat(browser.has(By.id("add-member-form"))).isTrue();
		assertThat(browser.has(By.id("delete-team"))).isFalse();
		new Select(browser.find(By.id("userId"))).selectByVisibleText("Owen Owner (" + setup.ownerEmail() + ")");
		browser.press("Add to team");
		assertThat(browser.text(By.id("team-members"))).contains("Owen Owner", "Mia Member");

		// Mia, now a plain team member, is shown the team with no control
		this.teams.asSystem().updateMemberRole(setup.organizationId(), team.id(), miaId, "member");
		browser.open(teamPage);
		assertThat(browser.has(By.id("rename-form"))).isFalse();
		assertThat(browser.has(By.id("add-member-form"))).isFalse();
		assertThat(browser.all(By.cssSelector("input[name=role]"))).isEmpty();
		assertThat(browser.all(By.xpath("//button[normalize-space()='Remove']"))).isEmpty();
		forgePost(teamPage + "/rename", "name", "Taken over");
		assertThat(browser.find(By.id("problem")).getDomAttribute("data-code")).isEqualTo("FORBIDDEN");
		assertThat(this.teams.asSystem().team(setup.organizationId(), team.id()).name()).isEqualTo("Support");
	}

	private String userId(String email) {
		return this.jdbc.queryForObject("select id from app_user where email = ?", String.class, email);
	}

	private String teamRole(Setup setup, UUID teamId, String userId) {
		return this.teams.asSystem()
			.members(setup.organizationId(), teamId)
			.stream()
			.filter((member) -> member.userId().equals(userId))
			.map(TeamMember::role)
			.findFirst()
			.orElseThrow();
	}

}
