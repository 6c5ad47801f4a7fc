package dev.belgie.sample;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.belgie.organization.autoconfigure.mail.InvitationOutbox;
import dev.belgie.sample.SampleApi.TestUser;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A mail server that accepts connections and never answers, under concurrent invitations
 * through the running app with a small connection pool: requests keep answering, no
 * database connection waits on the mail server, and the e-mails go out, each once, when a
 * working server is there.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.maximum-pool-size=5", "spring.mail.properties.mail.smtp.timeout=4000",
				"spring.mail.properties.mail.smtp.connectiontimeout=4000",
				"belgie.organization.mail.outbox.poll-interval=200ms",
				"belgie.organization.mail.outbox.initial-backoff=200ms",
				"belgie.organization.mail.outbox.max-backoff=500ms" })
class InvitationMailOutageIntegrationTests extends ApiIntegrationTests {

	/**
	 * Far below the minutes a request waited on a hung mail server, far above a request
	 * on a loaded machine.
	 */
	private static final Duration PROMPT = Duration.ofSeconds(10);

	private static final SilentSmtpServer silentServer = SilentSmtpServer.start();

	@Autowired
	private JavaMailSenderImpl mailSender;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private InvitationOutbox outbox;

	@AfterAll
	static void stopSilentServer() throws IOException {
		silentServer.close();
	}

	@Test
	void aMailServerThatNeverAnswersDelaysTheEmailsButNeitherRequestsNorDatabaseConnections() throws Exception {
		TestUser owner = this.api.signUp("Olivia");
		String organizationId = this.api.createOrganization(owner, "Outage Club").get("id").asString();
		// the mail server hangs from now on
		this.mailSender.setPort(silentServer.port());
		List<String> invitees = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			invitees.add(SampleApi.uniqueEmail("invitee" + i));
		}
		ExecutorService clients = Executors.newFixedThreadPool(20);
		try {
			List<CompletableFuture<Duration>> invites = invitees.stream()
				.map((invitee) -> timed(clients,
						() -> this.api
							.post("/api/organizations/" + organizationId + "/invitations", owner.token(),
									Map.of("email", invitee, "role", "member"))
							.expect(201)))
				.toList();
			for (int i = 0; i < 5; i++) {
				assertThat(timed(clients, () -> this.api.get("/api/me", owner.token()).expect(200)).get(30,
						TimeUnit.SECONDS))
					.as("GET /api/me while invitations are made")
					.isLessThan(PROMPT);
			}
			for (CompletableFuture<Duration> invite : invites) {
				assertThat(invite.get(30, TimeUnit.SECONDS)).as("an invitation").isLessThan(PROMPT);
			}

			// the worker waits on the silent server and holds no database connection
			// meanwhile
			HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
			int samples = 0;
			for (int attempt = 0; attempt < 20 && samples < 3; attempt++) {
				int accepted = await().atMost(Duration.ofSeconds(10))
					.until(silentServer::acceptedWhileOpen, (count) -> count > 0);
				Thread.sleep(300);
				int active = pool.getHikariPoolMXBean().getActiveConnections();
				if (silentServer.acceptedWhileOpen() == accepted) {
					// the same mail connection was open before and after: the worker was
					// in the middle of a send
					assertThat(active).as("database connections in use while an e-mail waits on the mail server")
						.isZero();
					samples++;
				}
				assertThat(timed(clients,
						() -> this.api.get("/api/organizations/" + organizationId, owner.token()).expect(200))
					.get(30, TimeUnit.SECONDS)).as("GET an organization while the mail server hangs")
					.isLessThan(PROMPT);
			}
			assertThat(samples).as("samples taken while an e-mail was being sent").isEqualTo(3);
		}
		finally {
			clients.shutdownNow();
		}
		assertThat(this.outbox.stats().pending()).isEqualTo(20);
		assertThat(invitationsReceived(invitees)).isEmpty();

		// a working mail server is there: every e-mail goes out, each once
		this.mailSender.setPort(TestMailServer.port());
		await().atMost(Duration.ofSeconds(60)).until(() -> this.outbox.stats().pending() == 0);
		Thread.sleep(500);
		assertThat(invitationsReceived(invitees)).containsExactlyInAnyOrderElementsOf(invitees);
	}

	/**
	 * The recipients among {@code invitees} of the e-mails the mail server received, once
	 * per e-mail.
	 */
	private static List<String> invitationsReceived(List<String> invitees) throws Exception {
		List<String> recipients = new ArrayList<>();
		for (MimeMessage message : TestMailServer.greenMail().getReceivedMessages()) {
			Arrays.stream(message.getAllRecipients())
				.map(Object::toString)
				.filter(invitees::contains)
				.forEach(recipients::add);
		}
		return recipients;
	}

	private static CompletableFuture<Duration> timed(ExecutorService executor, Supplier<?> request) {
		return CompletableFuture.supplyAsync(() -> {
			long start = System.nanoTime();
			request.get();
			return Duration.ofNanos(System.nanoTime() - start);
		}, executor);
	}

	/**
	 * A TCP server that accepts connections and never says a word, as a hung mail server
	 * does. Counts the connections it accepted, as long as the last one is still open.
	 */
	static final class SilentSmtpServer implements AutoCloseable {

		private final ServerSocket socket;

		private final AtomicInteger accepted = new AtomicInteger();

		private final AtomicInteger open = new AtomicInteger();

		private SilentSmtpServer(ServerSocket socket) {
			this.socket = socket;
		}

		static SilentSmtpServer start() {
			try {
				SilentSmtpServer server = new SilentSmtpServer(new ServerSocket(0));
				Thread thread = new Thread(server::serve, "silent-smtp");
				thread.setDaemon(true);
				thread.start();
				return server;
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		int port() {
			return this.socket.getLocalPort();
		}

		/** How many connections were accepted, when one is open now; 0 when none is. */
		int acceptedWhileOpen() {
			return (this.open.get() > 0) ? this.accepted.get() : 0;
		}

		private void serve() {
			while (!this.socket.isClosed()) {
				try {
					Socket client = this.socket.accept();
					this.accepted.incrementAndGet();
					this.open.incrementAndGet();
					Thread reader = new Thread(() -> drainUntilClosed(client), "silent-smtp-client");
					reader.setDaemon(true);
					reader.start();
				}
				catch (IOException ex) {
					// closed
				}
			}
		}

		private void drainUntilClosed(Socket client) {
			try (client; InputStream in = client.getInputStream()) {
				while (in.read() >= 0) {
					// never answers
				}
			}
			catch (IOException ex) {
				// the client gave up
			}
			finally {
				this.open.decrementAndGet();
			}
		}

		@Override
		public void close() throws IOException {
			this.socket.close();
		}

	}

}
