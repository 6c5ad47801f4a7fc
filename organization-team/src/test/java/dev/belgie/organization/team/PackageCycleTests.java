package dev.belgie.organization.team;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The team module's packages ({@code .team}, {@code .team.internal},
 * {@code .team.assembly}) depend on each other one way only.
 */
class PackageCycleTests {

	@Test
	void teamPackagesFormNoCycle() {
		JavaClasses team = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("dev.belgie.organization.team");
		slices().matching("dev.belgie.organization.(**)").should().beFreeOfCycles().check(team);
	}

}
