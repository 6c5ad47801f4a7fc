package dev.belgie.organization;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The core's packages (the root, each feature, {@code .spi}, {@code .internal},
 * {@code .assembly} ...) depend on each other one way only: each package is a slice, and
 * no slice reaches back to one that depends on it.
 */
class PackageCycleTests {

	@Test
	void corePackagesFormNoCycle() {
		JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("dev.belgie.organization");
		slices().matching("dev.belgie.(**)").should().beFreeOfCycles().check(core);
	}

}
