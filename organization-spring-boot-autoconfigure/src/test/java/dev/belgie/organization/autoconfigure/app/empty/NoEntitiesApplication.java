package dev.belgie.organization.autoconfigure.app.empty;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** A test application with no entities or repositories of its own. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class NoEntitiesApplication {

}
