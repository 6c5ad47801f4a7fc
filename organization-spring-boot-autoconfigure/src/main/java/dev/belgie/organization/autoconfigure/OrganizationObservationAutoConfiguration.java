package dev.belgie.organization.autoconfigure;

import java.util.List;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.autoconfigure.observation.OrganizationObservationPostProcessor;
import dev.belgie.organization.autoconfigure.observation.OrganizationOperationObservations;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.util.function.SingletonSupplier;

/**
 * Observes every organization operation with Micrometer
 * ({@link OrganizationOperationObservations}): Actuator's observation registry turns each
 * into a timer and, with a tracer, a span. Without an {@link ObservationRegistry} bean
 * nothing is recorded.
 */
@AutoConfiguration(before = OrganizationAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "belgie.organization.enabled", matchIfMissing = true)
@ConditionalOnClass({ ObservationRegistry.class, OrganizationService.class })
public final class OrganizationObservationAutoConfiguration {

	/**
	 * Static: a post-processor is created before the other beans, and looks the registry
	 * up only when used.
	 */
	@Bean
	static OrganizationObservationPostProcessor organizationObservationPostProcessor(
			ObjectProvider<ObservationRegistry> registry) {
		return new OrganizationObservationPostProcessor(List.of(OrganizationClient.class, OrganizationService.class),
				new OrganizationOperationObservations(
						SingletonSupplier.of(() -> registry.getIfUnique(() -> ObservationRegistry.NOOP))));
	}

}
