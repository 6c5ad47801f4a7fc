package dev.belgie.sample;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The HTTP tests' base: the running sample app on a random port, sending its e-mails to
 * the tests' SMTP server, and a client of its API.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ InvitationLinks.class, DeletionVetoes.class })
abstract class ApiIntegrationTests {

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", TestMailServer::port);
	}

	@Value("${local.server.port}")
	int port;

	@Autowired
	InvitationLinks links;

	/** The body of an answer to an invitation, with the token of its e-mailed link. */
	Map<String, String> withLinkToken(String invitationId) {
		return Map.of("token", this.links.tokenOf(invitationId));
	}

	/** The path of an invitation, with the token of its e-mailed link. */
	String invitationLink(String invitationId) {
		return "/api/invitations/" + invitationId + "?token=" + this.links.tokenOf(invitationId);
	}

	SampleApi api;

	@BeforeEach
	void client() {
		this.api = new SampleApi(this.port);
	}

}
