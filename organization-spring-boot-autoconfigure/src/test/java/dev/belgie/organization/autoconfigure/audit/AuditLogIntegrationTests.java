package dev.belgie.organization.autoconfigure.audit;

import java.util.Map;
import java.util.UUID;

import dev.belgie.organization.Actor;
import dev.belgie.organization.audit.AuditActions;
import dev.belgie.organization.audit.AuditEntry;
import dev.belgie.organization.AuditLog;
import dev.belgie.organization.audit.AuditPage;
import dev.belgie.organization.audit.AuditQuery;
import dev.belgie.organization.audit.AuditTarget;
import dev.belgie.organization.autoconfigure.OrganizationAutoConfiguration;
import dev.belgie.organization.autoconfigure.app.WidgetApplication;
import dev.belgie.organization.spi.OrganizationUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The audit log's recording API on H2: an entry commits or rolls back with its
 * transaction, and reads in keyset pages, newest first, filtered by action prefix and
 * actor.
 */
class AuditLogIntegrationTests {

	private static final OrganizationUser ANN = new OrganizationUser("ann", "ann@example.com", "Ann");

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
				DataJpaRepositoriesAutoConfiguration.class, TransactionAutoConfiguration.class,
				LiquibaseAutoConfiguration.class, OrganizationAutoConfiguration.class))
		.withUserConfiguration(WidgetApplication.class)
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID(),
				"spring.liquibase.change-log=classpath:db/changelog/widget-app.xml",
				"spring.jpa.hibernate.ddl-auto=validate");

	@Test
	void entriesCommitAndRollBackWithTheirTransactionAndPageNewestFirst() {
		this.runner.run((context) -> {
			AuditLog log = context.getBean(AuditLog.class);
			TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
			UUID organizationId = UUID.randomUUID();
			assertThatIllegalStateException().isThrownBy(() -> log.record(Actor.system(), organizationId,
					"project.created", AuditTarget.of("project", "p"), null));
			for (int i = 0; i < 5; i++) {
				String id = "p" + i;
				tx.executeWithoutResult((status) -> log.record(Actor.member(ANN), organizationId, "project.created",
						AuditTarget.of("project", id), Map.of("name", id)));
			}
			tx.executeWithoutResult(
					(status) -> log.record(Actor.system(), organizationId, AuditActions.MEMBER_ROLE_CHANGED,
							AuditTarget.of("member", "m"), Map.of("role", AuditLog.change("member", "admin"))));
			tx.executeWithoutResult((status) -> {
				log.record(Actor.member(ANN), organizationId, "project.deleted", AuditTarget.of("project", "x"), null);
				status.setRollbackOnly();
			});
			tx.executeWithoutResult((status) -> log.record(Actor.member(ANN), UUID.randomUUID(), "project.created",
					AuditTarget.of("project", "elsewhere"), null));
			AuditPage first = log.page(organizationId, AuditQuery.newest(4));
			assertThat(first.items()).extracting(AuditEntry::action)
				.containsExactly("member.role-changed", "project.created", "project.created", "project.created");
			AuditEntry system = first.items().get(0);
			assertThat(system.actor().type()).isEqualTo("system");
			assertThat(system.details()).isEqualTo(Map.of("role", Map.of("before", "member", "after", "admin")));
			assertThat(first.items().get(1).target().id()).isEqualTo("p4");
			assertThat(first.items().get(1).actor().email()).isEqualTo("ann@example.com");
			assertThat(first.next()).isEqualTo(first.items().get(3).id());
			AuditPage last = log.page(organizationId, new AuditQuery(first.next(), 4, null, null));
			assertThat(last.items()).extracting((entry) -> entry.target().id()).containsExactly("p1", "p0");
			assertThat(last.next()).isNull();
			assertThat(log.page(organizationId, new AuditQuery(null, 10, "project.", "ann")).items()).hasSize(5);
			assertThat(log.page(organizationId, new AuditQuery(null, 10, "member", null)).items()).hasSize(1);
			assertThat(log.page(organizationId, new AuditQuery(null, 10, "project_", null)).items()).isEmpty();
		});
	}

}
