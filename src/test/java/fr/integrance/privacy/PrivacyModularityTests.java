package fr.integrance.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import fr.integrance.IntegranceApplication;

/**
 * The privacy kernel is a module that depends on platform only and breaks no module rule.
 * Only the violations that involve privacy are asserted here; the application-wide check
 * belongs to the modularity test of the whole application.
 */
class PrivacyModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(IntegranceApplication.class);

	@Test
	void privacyDependsOnPlatformOnlyAndBreaksNoModuleRule() {
		ApplicationModule privacy = MODULES.getModuleByName("privacy").orElseThrow();

		assertThat(privacy.getBootstrapDependencies(MODULES).map(ApplicationModule::getName))
			.allMatch("platform"::equals);
		assertThat(MODULES.detectViolations().getMessages())
			.filteredOn(message -> message.contains("fr.integrance.privacy") || message.contains("'privacy'"))
			.isEmpty();
	}

}
