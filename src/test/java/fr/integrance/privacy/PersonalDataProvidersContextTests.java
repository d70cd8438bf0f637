package fr.integrance.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The registry bean collects the application's providers; an unknown subject has nothing anywhere. */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("integration")
class PersonalDataProvidersContextTests {

	@Autowired
	PersonalDataProviders providers;

	@Test
	void registryCollectsTheApplicationsProviders() {
		assertThat(providers.modules()).contains("people", "contracts");
		assertThat(providers.export(DataSubjectRef.person("p-1"))).isEmpty();
		assertThat(providers.eraseOrAnonymise(DataSubjectRef.person("p-1"))).isEmpty();
	}
}
