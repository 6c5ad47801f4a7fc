package dev.belgie.organization.autoconfigure;

import java.util.List;

import dev.belgie.organization.CurrentActor;
import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.autoconfigure.security.ProblemDetailsAuthenticationEntryPoint;
import dev.belgie.organization.autoconfigure.web.OrganizationProblemDetailsAdvice;
import dev.belgie.organization.spi.CurrentUserProvider;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.util.ClassUtils;
import org.springframework.web.context.annotation.RequestScope;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The web side of the organization starter: the request-scoped {@link OrganizationClient}
 * for controllers, and problem-details rendering of its errors.
 */
@AutoConfiguration(after = OrganizationAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "belgie.organization.enabled", matchIfMissing = true)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnBean(OrganizationService.class)
public final class OrganizationWebAutoConfiguration {

	/**
	 * One client per HTTP request, bound to the request's user; a scoped proxy (of the
	 * client's interface), so singleton controllers can have it injected.
	 */
	@Bean
	@RequestScope
	@ConditionalOnMissingBean(OrganizationClient.class)
	public OrganizationClient organizationClient(OrganizationService service, CurrentUserProvider currentUserProvider) {
		return service.client(new CurrentActor(currentUserProvider)::get);
	}

	@Bean
	@ConditionalOnMissingBean
	public OrganizationProblemDetailsAdvice organizationProblemDetailsAdvice() {
		return new OrganizationProblemDetailsAdvice();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(AuthenticationEntryPoint.class)
	static class SecurityErrorsConfiguration {

		/**
		 * Bearer-token beans: when one exists, the application is an OAuth2 resource
		 * server.
		 */
		private static final List<String> BEARER_TOKEN_TYPES = List.of(
				"org.springframework.security.oauth2.jwt.JwtDecoder",
				"org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector");

		/**
		 * Challenges with {@code Bearer} when the application decodes bearer tokens, and
		 * with HTTP Basic (in Spring Security's default realm) otherwise; decided at the
		 * first challenge, once every bean exists.
		 */
		@Bean
		@ConditionalOnMissingBean
		public ProblemDetailsAuthenticationEntryPoint organizationAuthenticationEntryPoint(
				ListableBeanFactory beanFactory) {
			return new ProblemDetailsAuthenticationEntryPoint(
					() -> usesBearerTokens(beanFactory) ? ProblemDetailsAuthenticationEntryPoint.bearer().getChallenge()
							: ProblemDetailsAuthenticationEntryPoint.basic("Realm").getChallenge());
		}

		private static boolean usesBearerTokens(ListableBeanFactory beanFactory) {
			ClassLoader classLoader = beanFactory.getClass().getClassLoader();
			return BEARER_TOKEN_TYPES.stream()
				.filter((type) -> ClassUtils.isPresent(type, classLoader))
				.anyMatch((type) -> beanFactory.getBeanNamesForType(ClassUtils.resolveClassName(type, classLoader),
						true, false).length > 0);
		}

	}

}
