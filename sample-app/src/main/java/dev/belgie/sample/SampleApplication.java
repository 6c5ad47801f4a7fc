package dev.belgie.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The reference application of the organization starter: its own users and bearer tokens,
 * and the HTTP contract of shared/API.md in thin controllers over
 * {@code OrganizationClient} ({@code dev.belgie.sample.api}). The web console
 * ({@code dev.belgie.sample.console}) is left out of this scan:
 * {@link ConsoleConfiguration} adds it unless {@code sample.console.enabled=false}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ConfigurationPropertiesScan
@ComponentScan(excludeFilters = { @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
		@ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
		@ComponentScan.Filter(type = FilterType.REGEX, pattern = "dev\\.belgie\\.sample\\.console\\..*") })
public class SampleApplication {

	/**
	 * Starts the sample app.
	 * @param args the command line
	 */
	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
