package dev.belgie.sample.benchmark;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * What {@code benchmarks/run} trims from the security filter chain, under the
 * {@code benchmark} profile only (which also switches the console off, so the one chain
 * left is the stateless API's). Each piece costs on every request and does nothing for a
 * bearer-token API; the reference configuration keeps Spring Security's defaults.
 */
@Configuration(proxyBeanMethods = false)
@Profile("benchmark")
class BenchmarkSecurityConfiguration {

	/**
	 * A stateless API has no logout, nothing to save for after a sign-in, and no
	 * servlet-API roles. Spring Security applies a {@code Customizer<HttpSecurity>} bean
	 * to every filter chain it builds.
	 * @return the customizer
	 */
	@Bean
	Customizer<HttpSecurity> statelessApiFilters() {
		return (http) -> {
			try {
				http.logout((logout) -> logout.disable())
					.requestCache((cache) -> cache.disable())
					.servletApi((servletApi) -> servletApi.disable());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		};
	}

	/**
	 * No observation per security filter, authentication and authorization: on every
	 * request they cost as much as the organization read itself. Each request is still
	 * observed as a whole ({@code http.server.requests}), and each organization operation
	 * ({@code belgie.organization.operation}).
	 * @return the settings
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

}
