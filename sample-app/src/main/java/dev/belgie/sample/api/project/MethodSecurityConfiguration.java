package dev.belgie.sample.api.project;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** {@code @PreAuthorize} on beans, with the starter's {@code @organizations} checks. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityConfiguration {

}
