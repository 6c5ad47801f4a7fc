package dev.belgie.sample;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.belgie.sample.SampleApi.TestUser;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole invitation journey through the running sample app and a real SMTP server: the
 * invitee gets an e-mail whose link leads to the invitation, and accepting it makes them
 * a member.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "belgie.organization.base-url=https://app.example.com")
class InvitationEmailIntegrationTests extends ApiIntegrationTests {

	private static final Pattern LINK = Pattern
		.compile("https://app\\.example\\.com/invitations/([0-9a-f-]{36})\\?token=([A-Za-z0-9_-]{43})");

	@Test
	void theInviteeReceivesAnEmailWhoseLinkLeadsToTheInvitation() throws Exception {
		TestUser owner = this.api.signUp(SampleApi.uniqueEmail("olivia"), "Olivia Owner");
		TestUser invitee = this.api.signUpUnverified(SampleApi.uniqueEmail("ivy"), "Ivy Invitee");
		JsonNode organization = this.api.createOrganization(owner, "Rocket Club");
		String organizationId = organization.get("id").asString();

		JsonNode invitation = api
			.post("/api/organizations/" + organizationId + "/invitations", owner.token(),
					Map.of("email", invitee.email().toUpperCase(), "role", "admin"))
			.expect(201);

		// sign-up sent each user a verification e-mail too: the invitation is the one
		// with its subject
		MimeMessage message = MailBox.await(TestMailServer.greenMail(), invitee.email(),
				"Invitation to join the organization \"Rocket Club\"");
		Matcher link = LINK.matcher(GreenMailUtil.getBody(message));
		assertThat(link.find()).as("the e-mail contains the invitation link").isTrue();
		assertThat(link.group(1)).isEqualTo(invitation.get("id").asString());

		// the invitee has not verified its e-mail: the link's token proves the mailbox
		this.api.get("/api/invitations/" + link.group(1), invitee.token()).expectProblem(403, "EMAIL_NOT_VERIFIED");
		JsonNode viewed = this.api.get("/api/invitations/" + link.group(1) + "?token=" + link.group(2), invitee.token())
			.expect(200);
		assertThat(viewed.get("organizationName").asString()).isEqualTo("Rocket Club");
		assertThat(viewed.get("status").asString()).isEqualTo("pending");
		JsonNode accepted = this.api
			.post("/api/invitations/" + link.group(1) + "/accept", invitee.token(), Map.of("token", link.group(2)))
			.expect(200);
		assertThat(accepted.get("member").get("role").asString()).isEqualTo("admin");
		assertThat(accepted.get("invitation").get("status").asString()).isEqualTo("accepted");
		JsonNode members = this.api.get("/api/organizations/" + organizationId + "/members", owner.token()).expect(200);
		assertThat(members.get("total").asLong()).isEqualTo(2);
	}

}
