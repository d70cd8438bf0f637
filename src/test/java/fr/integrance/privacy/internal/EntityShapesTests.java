package fr.integrance.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Every entity of the application can be exported by its annotations: its encrypted
 * fields have a row id to be bound to, its formats can be made, no reference to another
 * row is shown as context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("integration")
class EntityShapesTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void everyEntityCanBeReadByItsAnnotations() {
		List<Class<?>> entities = entityManagerFactory.getMetamodel()
			.getEntities()
			.stream()
			.<Class<?>>map(EntityType::getJavaType)
			.filter(type -> type.getName().startsWith("fr.integrance."))
			.toList();

		assertThat(entities).isNotEmpty();
		assertThat(entities).allSatisfy(
				type -> assertThatCode(() -> new EntityShape(type)).as(type.getName()).doesNotThrowAnyException());
	}

}
