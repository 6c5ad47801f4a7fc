package dev.belgie.sample.mail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole invitation journey through the running sample app and a real SMTP server: the invitee gets an
 * e-mail whose link leads to the invitation, and accepting it makes them a member.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "belgie.organization.base-url=https://app.example.com")
class InvitationEmailIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	private static final Pattern LINK = Pattern.compile("https://app\\.example\\.com/invitations/([0-9a-f-]{36})");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
	}

	@Test
	void theInviteeReceivesAnEmailWhoseLinkLeadsToTheInvitation() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String owner = token("owner-" + suffix + "@example.com", "Olivia Owner");
		String inviteeEmail = "ivy-" + suffix + "@example.com";
		String invitee = token(inviteeEmail, "Ivy Invitee");
		JsonNode organization = call("POST", "/api/organizations", owner, "{\"name\": \"Rocket Club " + suffix + "\"}");

		JsonNode invitation = call("POST", "/api/organizations/" + organization.get("id").asString() + "/invitations",
				owner, "{\"email\": \"" + inviteeEmail.toUpperCase() + "\", \"role\": \"admin\"}");

		assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage message = greenMail.getReceivedMessages()[0];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo(inviteeEmail);
		assertThat(message.getSubject()).contains("Olivia Owner").contains("Rocket Club " + suffix);
		Matcher link = LINK.matcher(GreenMailUtil.getBody(message));
		assertThat(link.find()).as("the e-mail contains the invitation link").isTrue();
		assertThat(link.group(1)).isEqualTo(invitation.get("id").asString());

		JsonNode viewed = call("GET", "/api/invitations/" + link.group(1), invitee, null);
		assertThat(viewed.get("organizationName").asString()).isEqualTo("Rocket Club " + suffix);
		assertThat(viewed.get("status").asString()).isEqualTo("pending");
		JsonNode accepted = call("POST", "/api/invitations/" + link.group(1) + "/accept", invitee, null);
		assertThat(accepted.get("member").get("role").asString()).isEqualTo("admin");
		assertThat(accepted.get("invitation").get("status").asString()).isEqualTo("accepted");
	}

	private String token(String email, String name) throws Exception {
		call("POST", "/api/users", null,
				"{\"email\": \"" + email + "\", \"name\": \"" + name + "\", \"password\": \"correct horse\"}");
		return call("POST", "/api/auth/token", null, "{\"email\": \"" + email + "\", \"password\": \"correct horse\"}")
			.get("accessToken")
			.asString();
	}

	private JsonNode call(String method, String path, String token, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(method + " " + path + " -> " + response.body()).isBetween(200, 299);
		return JSON.readTree(response.body());
	}

}
