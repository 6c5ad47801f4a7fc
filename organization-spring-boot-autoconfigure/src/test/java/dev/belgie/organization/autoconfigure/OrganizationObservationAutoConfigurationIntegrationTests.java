package dev.belgie.organization.autoconfigure;

import dev.belgie.organization.organization.CreateOrganizationRequest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.autoconfigure.app.empty.NoEntitiesApplication;
import dev.belgie.organization.autoconfigure.observation.OrganizationOperationObservations;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.spi.OrganizationUser;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.test.simple.SimpleTracer;
import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every operation observed, with Micrometer and without, with Actuator's metrics and with
 * a tracer: names and low-cardinality keys only, never a user, an e-mail or an
 * organization's name.
 */
class OrganizationObservationAutoConfigurationIntegrationTests {

	private static final OrganizationUser ANN = new OrganizationUser("ann-1", "ann@example.com", "Ann");

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
				DataJpaRepositoriesAutoConfiguration.class, TransactionAutoConfiguration.class,
				OrganizationAutoConfiguration.class, OrganizationWebAutoConfiguration.class,
				OrganizationObservationAutoConfiguration.class))
		.withUserConfiguration(NoEntitiesApplication.class)
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID());

	/**
	 * With what Actuator brings: Boot's observation registry, and timers in a simple
	 * meter registry.
	 */
	private final WebApplicationContextRunner withActuatorMetrics = this.runner
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
				CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class));

	@Test
	void eachOperationIsObservedWithItsNameAndOutcome() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
		registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public void onStop(Observation.Context context) {
				stopped.add(context);
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

		});
		this.runner.withBean(ObservationRegistry.class, () -> registry).run((context) -> {
			exercise(context);
			TestObservationRegistryAssert.assertThat(registry)
				.hasNumberOfObservationsWithNameEqualTo(OrganizationOperationObservations.NAME, 3)
				.forAllObservationsWithNameEqualTo(OrganizationOperationObservations.NAME,
						(observation) -> observation.doesNotHaveError()
							.hasLowCardinalityKeyValueWithKey("operation")
							.hasLowCardinalityKeyValueWithKey("outcome"));
			assertThat(stopped)
				.extracting((stop) -> stop.getLowCardinalityKeyValue("operation").getValue() + " "
						+ stop.getLowCardinalityKeyValue("outcome").getValue())
				.containsExactly("create SUCCESS", "details ORGANIZATION_NOT_FOUND", "create SUCCESS");
			assertThat(stopped).allSatisfy((stop) -> {
				assertThat(stop.getLowCardinalityKeyValues()).extracting(KeyValue::getKey)
					.containsExactlyInAnyOrder("operation", "outcome");
				assertThat(stop.getHighCardinalityKeyValues()).isEmpty();
			});
		});
	}

	@Test
	void actuatorTurnsOperationsIntoTimersTaggedWithOperationAndOutcome() {
		this.withActuatorMetrics.run(OrganizationObservationAutoConfigurationIntegrationTests::assertTimers);
	}

	@Test
	void withoutATracerOnTheClasspathOperationsAreStillTimed() {
		this.withActuatorMetrics.withClassLoader(new FilteredClassLoader("io.micrometer.tracing"))
			.run(OrganizationObservationAutoConfigurationIntegrationTests::assertTimers);
	}

	private static void assertTimers(AssertableWebApplicationContext context) {
		exercise(context);
		MeterRegistry meters = context.getBean(MeterRegistry.class);
		assertThat(meters.get(OrganizationOperationObservations.NAME)
			.tags("operation", "create", "outcome", "SUCCESS")
			.timer()
			.count()).isEqualTo(2);
		assertThat(meters.get(OrganizationOperationObservations.NAME)
			.tags("operation", "details", "outcome", "ORGANIZATION_NOT_FOUND")
			.timer()
			.count()).isOne();
		assertThat(meters.get(OrganizationOperationObservations.NAME).meters())
			.allSatisfy((meter) -> assertThat(meter.getId().getTags().toString()).doesNotContain("ann"));
	}

	@Test
	void aTracerGetsASpanPerOperation() {
		SimpleTracer tracer = new SimpleTracer();
		this.runner.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
			.withBean(DefaultTracingObservationHandler.class, () -> new DefaultTracingObservationHandler(tracer))
			.run((context) -> {
				exercise(context);
				assertThat(tracer.getSpans()).hasSize(3)
					.extracting((span) -> span.getName() + " " + span.getTags().get("outcome"))
					.containsExactly("organization create SUCCESS", "organization details ORGANIZATION_NOT_FOUND",
							"organization create SUCCESS");
			});
	}

	@Test
	void withoutAnObservationRegistryOperationsRunUnobserved() {
		this.runner.run((context) -> {
			assertThat(context).doesNotHaveBean(ObservationRegistry.class);
			exercise(context);
		});
	}

	@Test
	void withoutMicrometerNothingIsWrapped() {
		this.runner.withClassLoader(new FilteredClassLoader("io.micrometer")).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(OrganizationObservationAutoConfiguration.class);
			assertThat(AopUtils.isAopProxy(context.getBean(OrganizationService.class))).isFalse();
			exercise(context);
		});
	}

	/**
	 * Two operations of the service (one refused) and one of the client, in a request as
	 * Ann.
	 */
	private static void exercise(AssertableWebApplicationContext context) {
		OrganizationService service = context.getBean(OrganizationService.class);
		service.asSystem(ANN).create(CreateOrganizationRequest.named("Ann's shop"));
		assertThatExceptionOfType(OrganizationException.class)
			.isThrownBy(() -> service.asSystem().details(UUID.randomUUID()));
		asAnnInARequest(() -> context.getBean(OrganizationClient.class)
			.create(CreateOrganizationRequest.named("Ann's other shop")));
	}

	private static void asAnnInARequest(Runnable action) {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ANN.id(), null, List.of()));
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.clearContext();
			RequestContextHolder.resetRequestAttributes();
		}
	}

}
