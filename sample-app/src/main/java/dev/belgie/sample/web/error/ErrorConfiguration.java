package dev.belgie.sample.web.error;

import java.util.List;

import dev.belgie.organization.autoconfigure.web.ProblemDetailCodeInterceptor;
import dev.belgie.organization.autoconfigure.web.ProblemDetails;
import dev.belgie.organization.autoconfigure.web.WebErrorCode;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every error is a problem with a code: Spring Boot's problem details get their
 * {@code code} (and {@code errors}) added, URLs refused by Spring Security's firewall and
 * requests refused by Tomcat before any servlet runs are problems too, and so is
 * everything that reaches {@code /error} ({@link ProblemDetailsErrorController}).
 */
@Configuration(proxyBeanMethods = false)
class ErrorConfiguration implements WebMvcConfigurer {

	private final ErrorAttributes errorAttributes;

	ErrorConfiguration(ErrorAttributes errorAttributes) {
		this.errorAttributes = errorAttributes;
	}

	@Override
	public void addErrorResponseInterceptors(List<ErrorResponse.Interceptor> interceptors) {
		interceptors.add(new ProblemDetailCodeInterceptor(this.errorAttributes));
	}

	/**
	 * JSON bodies over {@code sample.web.max-json-body-size}: 413 before they are read,
	 * ahead of every other filter.
	 */
	@Bean
	FilterRegistrationBean<JsonBodyLimitFilter> jsonBodyLimitFilter(WebProperties properties) {
		FilterRegistrationBean<JsonBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new JsonBodyLimitFilter(properties.maxJsonBodySize()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * Spring Security's firewall refuses {@code ;}, {@code //}, encoded dots and the
	 * like: a 400 problem.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, rejected) -> ProblemDetails.write(response,
				ProblemDetails.of(WebErrorCode.REQUEST_REJECTED, "The request's URL or headers are not allowed."));
	}

	/**
	 * Replaces Tomcat's error report (an HTML page, for requests it refuses before any
	 * servlet: a malformed URL, oversized headers) with a problem. Runs after Spring
	 * Boot's customizer, which adds a plain {@link ErrorReportValve} of its own.
	 */
	@Bean
	ProblemDetailsErrorReportCustomizer problemDetailsErrorReport() {
		return new ProblemDetailsErrorReportCustomizer();
	}

	static class ProblemDetailsErrorReportCustomizer
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers((context) -> {
				Container host = context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				if (host instanceof StandardHost standardHost) {
					standardHost.setErrorReportValveClass(ProblemDetailsErrorReportValve.class.getName());
				}
				host.getPipeline().addValve(new ProblemDetailsErrorReportValve());
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
