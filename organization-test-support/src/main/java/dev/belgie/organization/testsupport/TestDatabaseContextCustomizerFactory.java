package dev.belgie.organization.testsupport;

import java.util.List;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points the application context of an {@link OnDatabase} test class at a fresh
 * {@link TestDatabase}: its {@code spring.datasource.*} properties outrank the
 * application's. Classes on the same database with the same configuration share one
 * context (and one database), as Spring's context cache shares any other.
 */
final class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		DatabaseKind kind = TestDatabases.kindOf(testClass);
		return (kind != DatabaseKind.H2) ? new Customizer(kind) : null;
	}

	/** Equal for equal kinds: it is part of the context cache's key. */
	private record Customizer(DatabaseKind kind) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestDatabase database = TestDatabases.create(this.kind);
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("belgie-test-database", database.dataSourceProperties()));
			context.addApplicationListener((ApplicationListener<ContextClosedEvent>) (event) -> {
				if (event.getApplicationContext() == context) {
					database.close();
				}
			});
		}

	}

}
