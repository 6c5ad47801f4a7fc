package dev.belgie.organization.autoconfigure;

import java.io.InputStream;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Collections;
import java.util.UUID;

import dev.belgie.organization.autoconfigure.app.empty.NoEntitiesApplication;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * What a developer sees of the {@code belgie.organization.*} properties: start-up
 * failures that name the key of a bad value, and the configuration metadata an IDE
 * completes from.
 */
@ExtendWith(OutputCaptureExtension.class)
class OrganizationPropertiesIntegrationTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			membership-limit=0                  | belgie.organization.membership-limit
			organization-limit=-2               | belgie.organization.organization-limit
			invitation-limit=0                  | belgie.organization.invitation-limit
			invitation-expires-in=-1s           | belgie.organization.invitation-expires-in
			invitation-expires-in=0s            | belgie.organization.invitation-expires-in
			creator-role=ghost                  | belgie.organization.creator-role
			roles.billing=not a permission      | belgie.organization.roles
			extra-permissions.admin=nope        | belgie.organization.extra-permissions
			extra-permissions.ghost=x:y         | belgie.organization.extra-permissions
			invitation-url=https://x.example/i  | belgie.organization.invitation-url
			mail.outbox.batch-size=0            | belgie.organization.mail.outbox.batch-size
			mail.outbox.max-attempts=0          | belgie.organization.mail.outbox.max-attempts
			mail.outbox.poll-interval=0s        | belgie.organization.mail.outbox.poll-interval
			mail.outbox.initial-backoff=-1s     | belgie.organization.mail.outbox.initial-backoff
			mail.outbox.max-backoff=1s          | belgie.organization.mail.outbox.max-backoff
			mail.outbox.claim-timeout=0s        | belgie.organization.mail.outbox.claim-timeout
			""")
	void aBadValueFailsStartUpWithAMessageNamingTheKeyBeforeTheSchemaIsTouched(String setting, String key,
			CapturedOutput output) throws Exception {
		// the in-memory database outlives the failed application, so that what it left
		// behind can be checked
		String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
				.properties("spring.datasource.url=" + url, "belgie.organization." + setting)
				.run()
				.close());
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet tables = connection.createStatement()
					.executeQuery(
							"select table_name from information_schema.tables where lower(table_name) like 'belgie%'")) {
			assertThat(tables.next()).as("a table of the starter's schema exists").isFalse();
		}
		finally {
			try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
				connection.createStatement().execute("shutdown");
			}
		}
		// the failure analysis names the key as it was written: in the value's origin, or
		// as the property
		assertThat(output).contains("APPLICATION FAILED TO START")
			.satisfiesAnyOf((text) -> assertThat(text).contains("Origin: \"" + key),
					(text) -> assertThat(text).contains("Property: " + key + "\n"));
	}

	@Test
	void goodValuesStart(CapturedOutput output) {
		new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
			.properties("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID(),
					"belgie.organization.membership-limit=1", "belgie.organization.invitation-expires-in=7d",
					"belgie.organization.creator-role=admin,owner",
					"belgie.organization.roles.billing=organization:update")
			.run()
			.close();
		assertThat(output).doesNotContain("APPLICATION FAILED TO START");
	}

	@Test
	void everyPropertyIsDocumentedForIdes() throws Exception {
		JsonNode metadata = starterMetadata();
		assertThat(metadata.get("properties").values()).extracting((property) -> property.get("name").asString())
			.contains("belgie.organization.enabled", "belgie.organization.allow-user-to-create-organization",
					"belgie.organization.creator-role", "belgie.organization.organization-limit",
					"belgie.organization.membership-limit", "belgie.organization.invitation-expires-in",
					"belgie.organization.invitation-limit", "belgie.organization.roles",
					"belgie.organization.extra-permissions", "belgie.organization.base-url",
					"belgie.organization.invitation-url", "belgie.organization.mail.from",
					"belgie.organization.mail.subject", "belgie.organization.mail.text-template",
					"belgie.organization.mail.html-template", "belgie.organization.schema.enabled",
					"belgie.organization.mail.outbox.enabled", "belgie.organization.mail.outbox.poll-interval",
					"belgie.organization.mail.outbox.batch-size", "belgie.organization.mail.outbox.max-attempts",
					"belgie.organization.mail.outbox.initial-backoff", "belgie.organization.mail.outbox.max-backoff",
					"belgie.organization.mail.outbox.claim-timeout");
		assertThat(metadata.get("properties").values())
			.allSatisfy((property) -> assertThat(property.path("description").asString())
				.as("description of %s", property.get("name").asString())
				.isNotBlank());
		JsonNode expiresIn = property(metadata, "belgie.organization.invitation-expires-in");
		assertThat(expiresIn.get("type").asString()).isEqualTo("java.time.Duration");
		assertThat(expiresIn.get("defaultValue").asString()).isEqualTo("48h");
		assertThat(property(metadata, "belgie.organization.enabled").get("defaultValue").asBoolean()).isTrue();
		assertThat(metadata.get("hints").values()).extracting((hint) -> hint.get("name").asString())
			.contains("belgie.organization.creator-role", "belgie.organization.roles.values",
					"belgie.organization.extra-permissions.values");
	}

	private static JsonNode property(JsonNode metadata, String name) {
		return metadata.get("properties")
			.values()
			.stream()
			.filter((property) -> property.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static JsonNode starterMetadata() throws Exception {
		for (URL url : Collections.list(OrganizationPropertiesIntegrationTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				JsonNode metadata = JsonMapper.builder().build().readTree(in);
				if (metadata.get("groups")
					.values()
					.stream()
					.anyMatch((group) -> group.get("name").asString().equals("belgie.organization"))) {
					return metadata;
				}
			}
		}
		throw new AssertionError("no configuration metadata for belgie.organization on the classpath");
	}

	@Configuration(proxyBeanMethods = false)
	@Import(NoEntitiesApplication.class)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
			TransactionAutoConfiguration.class, OrganizationAutoConfiguration.class })
	static class Application {

	}

}
