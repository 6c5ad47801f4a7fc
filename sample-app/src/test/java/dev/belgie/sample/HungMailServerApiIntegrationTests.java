package dev.belgie.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import dev.belgie.sample.SampleApi.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail server that accepts connections and never answers: sign-ups (each sending a
 * verification e-mail) still answer, and so does every other request, because the e-mail
 * goes out after the commit on a sender thread of its own. The SMTP read timeout is a
 * minute here, so a request that waited for the server would take that long.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.mail.properties[mail.smtp.timeout]=60000")
class HungMailServerApiIntegrationTests {

	@Value("${local.server.port}")
	int port;

	private static final ServerSocket silentServer = silentServer();

	private static final List<Socket> accepted = new CopyOnWriteArrayList<>();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", silentServer::getLocalPort);
	}

	@AfterAll
	static void close() throws IOException {
		silentServer.close();
		for (Socket socket : accepted) {
			socket.close();
		}
	}

	@Test
	void signUpsAnswerAtOnceWhileTheMailServerHangs() {
		SampleApi api = new SampleApi(this.port);
		long started = System.nanoTime();
		List<TestUser> users = IntStream.range(0, 5)
			.mapToObj((i) -> CompletableFuture.supplyAsync(() -> api.signUpUnverified("Hung" + i)))
			.toList()
			.stream()
			.map(CompletableFuture::join)
			.toList();
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		assertThat(elapsed).isLessThan(Duration.ofSeconds(45));
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (accepted.isEmpty() && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(accepted).as("verification e-mails are on their way to the silent server").isNotEmpty();
		for (TestUser user : users) {
			api.get("/api/me", user.token()).expect(200);
		}
		api.post("/api/organizations", users.get(0).token(), Map.of("name", "Still Answering")).expect(201);
	}

	/**
	 * Accepts every connection and never writes a byte (an SMTP server must greet first).
	 */
	private static ServerSocket silentServer() {
		try {
			ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			Thread acceptor = new Thread(() -> {
				while (!server.isClosed()) {
					try {
						accepted.add(server.accept());
					}
					catch (IOException ex) {
						// closed
					}
				}
			}, "silent-mail-server");
			acceptor.setDaemon(true);
			acceptor.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
