package dev.belgie.organization.autoconfigure.client;

import dev.belgie.organization.invitation.InvitationCreatedEvent;
import dev.belgie.organization.organization.OrganizationDeletingEvent;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.belgie.organization.autoconfigure.OrganizationAutoConfiguration;
import dev.belgie.organization.autoconfigure.team.OrganizationTeamAutoConfiguration;
import dev.belgie.organization.testsupport.InMemoryUserDirectory;
import dev.belgie.organization.testsupport.MutableClock;
import dev.belgie.organization.testsupport.StatementCounter;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * An application of the starter (with the team module) on an embedded H2 database (a
 * uniquely named one per context), with a test clock and an in-memory user directory.
 */
@SpringBootConfiguration
@AutoConfigurationPackage
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
		DataJpaRepositoriesAutoConfiguration.class, TransactionAutoConfiguration.class,
		LiquibaseAutoConfiguration.class, OrganizationAutoConfiguration.class,
		OrganizationTeamAutoConfiguration.class })
class ClientTestApplication {

	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

	@Bean
	MutableClock testClock() {
		return new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
	}

	@Bean
	InMemoryUserDirectory userDirectory() {
		return new InMemoryUserDirectory();
	}

	@Bean
	LinkTokens linkTokens() {
		return new LinkTokens();
	}

	@Bean
	LegalHoldListener legalHoldListener() {
		return new LegalHoldListener();
	}

	/**
	 * The token of each invitation's latest e-mailed link, as its recipient would read
	 * it.
	 */
	static class LinkTokens {

		private final Map<UUID, String> tokens = new ConcurrentHashMap<>();

		@EventListener
		void onCreated(InvitationCreatedEvent event) {
			this.tokens.put(event.invitation().id(), event.token());
		}

		String of(UUID invitationId) {
			return this.tokens.get(invitationId);
		}

	}

	/**
	 * Keeps the organizations whose metadata puts them under a legal hold, as an
	 * application would.
	 */
	static class LegalHoldListener {

		@EventListener
		void onDeleting(OrganizationDeletingEvent event) {
			var metadata = event.organization().metadata();
			if (metadata != null && Boolean.TRUE.equals(metadata.get("legalHold"))) {
				event.veto("The organization is under a legal hold.");
			}
		}

	}

}
