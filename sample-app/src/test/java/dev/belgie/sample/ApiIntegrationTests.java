package dev.belgie.sample;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The HTTP tests' base: the running sample app on a random port, sending its e-mails to the tests' SMTP
 * server, and a client of its API.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class ApiIntegrationTests {

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", TestMailServer::port);
	}

	@Value("${local.server.port}")
	int port;

	SampleApi api;

	@BeforeEach
	void client() {
		this.api = new SampleApi(this.port);
	}

}
