package dev.belgie.sample;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The HTTP tests' base: the running sample app on a random port, and a client of its API. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class ApiIntegrationTests {

	@Value("${local.server.port}")
	int port;

	SampleApi api;

	@BeforeEach
	void client() {
		this.api = new SampleApi(this.port);
	}

}
