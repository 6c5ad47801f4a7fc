package dev.belgie.organization.autoconfigure.app;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** A test application that names its own entity and repository packages. */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = Widget.class)
@EnableJpaRepositories(basePackageClasses = WidgetRepository.class)
public class ExplicitScanWidgetApplication {

}
