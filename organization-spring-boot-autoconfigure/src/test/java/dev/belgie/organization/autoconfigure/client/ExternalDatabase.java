package dev.belgie.organization.autoconfigure.client;

import java.util.function.Supplier;

import dev.belgie.organization.autoconfigure.database.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Runs a client test class on a {@link TestDatabase} of its own instead of H2: created
 * before the class (skipped, or failed under {@code CI=true}, when the server is not
 * available) and dropped after it.
 */
final class ExternalDatabase {

	private TestDatabase database;

	void create(Supplier<TestDatabase> factory) {
		this.database = factory.get();
	}

	void drop() {
		if (this.database != null) {
			this.database.close();
		}
	}

	void register(DynamicPropertyRegistry registry) {
		for (String key : new String[] { "spring.datasource.url", "spring.datasource.username",
				"spring.datasource.password" }) {
			registry.add(key, () -> this.database.dataSourceProperties().get(key));
		}
	}

}
