package dev.belgie.organization.autoconfigure.basic;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An HTTP Basic application (its users are {@code UserDetails}): the starter asks the
 * application's {@code UserDirectory} for the caller's e-mail, name and verification, so
 * a verified user sees the invitations addressed to it and accepts them, over real HTTP.
 */
@SpringBootTest(classes = BasicAuthApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:basic-auth;DB_CLOSE_DELAY=-1", "spring.liquibase.enabled=false" })
class BasicAuthInvitationIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@Value("${local.server.port}")
	int port;

	@Test
	void aVerifiedHttpBasicUserSeesItsInvitationAndAcceptsIt() throws Exception {
		String organizationId = send("olivia", "POST", "/organizations", "{\"name\": \"Basic Club\"}").asString();
		JsonNode invitation = send("olivia", "POST", "/organizations/" + organizationId + "/invitations",
				JSON.writeValueAsString(Map.of("email", "IVAN@example.com", "role", "admin")));
		assertThat(invitation.get("inviterId").asString()).isEqualTo("olivia");

		JsonNode mine = send("ivan", "GET", "/invitations", null);
		assertThat(mine.values()).extracting((each) -> each.get("id").asString())
			.containsExactly(invitation.get("id").asString());

		JsonNode accepted = send("ivan", "POST", "/invitations/" + invitation.get("id").asString() + "/accept", null);
		JsonNode member = accepted.get("member");
		assertThat(member.get("userId").asString()).isEqualTo("ivan");
		assertThat(member.get("email").asString()).isEqualTo("ivan@example.com");
		assertThat(member.get("name").asString()).isEqualTo("Ivan Invitee");
		assertThat(member.get("role").asString()).isEqualTo("admin");
		assertThat(send("ivan", "GET", "/invitations", null).values()).isEmpty();
	}

	@Test
	void anHttpBasicUserWhoseDirectoryEntryIsUnverifiedMayNotListInvitations() throws Exception {
		String organizationId = send("olivia", "POST", "/organizations", "{\"name\": \"Basic Club\"}").asString();
		send("olivia", "POST", "/organizations/" + organizationId + "/invitations",
				JSON.writeValueAsString(Map.of("email", "uma@example.com", "role", "member")));
		HttpResponse<String> response = request("uma", "GET", "/invitations", null);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("EMAIL_NOT_VERIFIED");
	}

	private JsonNode send(String user, String method, String path, String json)
			throws IOException, InterruptedException {
		HttpResponse<String> response = request(user, method, path, json);
		assertThat(response.statusCode()).as("%s %s as %s: %s", method, path, user, response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> request(String user, String method, String path, String json)
			throws IOException, InterruptedException {
		String credentials = Base64.getEncoder()
			.encodeToString((user + ":" + BasicAuthApplication.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Basic " + credentials)
			.header("Content-Type", "application/json")
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
