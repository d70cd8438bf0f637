package fr.integrance.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import fr.integrance.IntegranceApplication;

/** The privacy kernel is a module that depends on platform only, and the module structure holds. */
class PrivacyModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(IntegranceApplication.class);

	@Test
	void privacyDependsOnPlatformOnly() {
		ApplicationModule privacy = MODULES.getModuleByName("privacy").orElseThrow();

		assertThat(privacy.getBootstrapDependencies(MODULES).map(ApplicationModule::getName)).allMatch("platform"::equals);
		MODULES.verify();
	}
}
