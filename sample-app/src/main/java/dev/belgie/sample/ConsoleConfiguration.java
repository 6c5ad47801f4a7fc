package dev.belgie.sample;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The web console, optional: its pages, sign-in chain and tabs are scanned only when
 * {@code sample.console.enabled} is {@code true} (the default). The API never depends on
 * it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "sample.console.enabled", matchIfMissing = true)
@ComponentScan("dev.belgie.sample.console")
class ConsoleConfiguration {

}
