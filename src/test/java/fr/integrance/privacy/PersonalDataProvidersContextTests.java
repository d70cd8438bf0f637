package fr.integrance.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import fr.integrance.platform.PersonalData;

/**
 * The registry bean collects the application's providers, one per module that stores
 * personal data; an unknown subject has nothing anywhere.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("integration")
class PersonalDataProvidersContextTests {

	@Autowired
	PersonalDataProviders providers;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void registryCollectsTheApplicationsProviders() {
		assertThat(providers.modules()).containsExactlyInAnyOrder("people", "contracts", "requests", "identity",
				"consent", "rights", "notification", "organisations", "retention", "documents");
		assertThat(providers.export(DataSubjectRef.person("p-1"))).isEmpty();
		assertThat(providers.eraseOrAnonymise(DataSubjectRef.person("p-1"))).isEmpty();
		assertThat(providers.export(DataSubjectRef.email("personne@example.invalid"))).isEmpty();
		assertThat(providers.eraseOrAnonymise(DataSubjectRef.account("not-an-account"))).isEmpty();
	}

	/**
	 * A new table of personal data cannot be forgotten: its module must have a provider.
	 */
	@Test
	void everyModuleWithAnEntityHoldingPersonalDataHasAProvider() {
		Set<String> modules = entityManagerFactory.getMetamodel()
			.getEntities()
			.stream()
			.map(EntityType::getJavaType)
			.filter(type -> type.getName().startsWith("fr.integrance."))
			.filter(PersonalDataProvidersContextTests::holdsPersonalData)
			.map(type -> type.getName().split("\\.")[2])
			.collect(Collectors.toSet());

		assertThat(modules).isNotEmpty();
		assertThat(providers.modules()).containsAll(modules);
	}

	private static boolean holdsPersonalData(Class<?> type) {
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			if (Arrays.stream(c.getDeclaredFields()).anyMatch(PersonalDataProvidersContextTests::personal)) {
				return true;
			}
		}
		return false;
	}

	private static boolean personal(Field field) {
		return field.isAnnotationPresent(PersonalData.class);
	}

}
