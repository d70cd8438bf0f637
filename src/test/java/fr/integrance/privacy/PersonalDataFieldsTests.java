package fr.integrance.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;

/**
 * Walks every JPA entity of the application (from Hibernate's metamodel) and fails on a
 * persistent field marked neither {@code @PersonalData} nor {@code @NotPersonalData}, or
 * on a category the register does not declare.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("integration")
class PersonalDataFieldsTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	ProcessingRegister register;

	private Set<String> registerCategories() {
		return register.current().dataCategories().stream().map(Register.DataCategory::id).collect(Collectors.toSet());
	}

	@Test
	void everyPersistentFieldOfEveryEntityIsClassifiedWithARegisterCategory() {
		Set<Class<?>> entities = entityManagerFactory.getMetamodel()
			.getEntities()
			.stream()
			.map(EntityType::getJavaType)
			.filter(type -> type.getName().startsWith("fr.integrance."))
			.collect(Collectors.toSet());

		assertThat(entities).isNotEmpty();
		assertThat(entities.stream().flatMap(e -> PersonalDataFieldCheck.problems(e, registerCategories()).stream()))
			.isEmpty();
	}

	/**
	 * Not registered with JPA: only here to prove that the check reports what it must.
	 */
	static class UnclassifiedEntity {

		@NotPersonalData
		Long id;

		String lastName;

		@PersonalData(category = "genetics")
		String diagnosis;

		@PersonalData(category = "identification")
		@NotPersonalData
		String email;

		@PersonalData(category = "economic-financial", encrypted = true)
		String iban;

		@PersonalData(category = "connection")
		String passwordHash;

		@PersonalData(category = "identification")
		String nirIndex;

		@PersonalData(category = "connection", export = PersonalData.Export.SECRET)
		String totpSecret;

		@jakarta.persistence.Transient
		String displayName;

		static final String CONSTANT = "not a field";

	}

	@Test
	void checkReportsUnannotatedFieldsUnknownCategoriesDoubleMarksAndExportedSecrets() {
		List<String> problems = PersonalDataFieldCheck.problems(UnclassifiedEntity.class, registerCategories());

		String type = UnclassifiedEntity.class.getName();
		assertThat(problems).containsExactlyInAnyOrder(type + ".lastName: neither @PersonalData nor @NotPersonalData",
				type + ".diagnosis: @PersonalData names category 'genetics', unknown to the register",
				type + ".email: both @PersonalData and @NotPersonalData",
				type + ".passwordHash: a secret or its digest is export = SECRET, never exported",
				type + ".nirIndex: a lookup key is export = LOOKUP_KEY, not exported");
	}

	@jakarta.persistence.Embeddable
	static class Address {

		@PersonalData(category = "identification")
		String street;

		String city;

	}

	static class EntityWithEmbedded {

		@NotPersonalData
		Long id;

		@jakarta.persistence.Embedded
		Address address;

	}

	@Test
	void checkWalksIntoEmbeddedValues() {
		assertThat(PersonalDataFieldCheck.problems(EntityWithEmbedded.class, registerCategories()))
			.containsExactly(Address.class.getName() + ".city: neither @PersonalData nor @NotPersonalData");
	}

}
