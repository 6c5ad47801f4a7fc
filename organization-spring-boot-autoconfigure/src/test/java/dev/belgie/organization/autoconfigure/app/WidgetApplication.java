package dev.belgie.organization.autoconfigure.app;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/**
 * A test application whose entities and repositories Spring Boot finds by its package, as
 * usual.
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class WidgetApplication {

}
