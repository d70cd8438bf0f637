package fr.integrance.platform.web;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** The application maps its controllers with {@link PrefixFilteredHandlerMapping}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("integration")
class ControllerMappingTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void theControllersAreMappedWithTheCheapFirstTest() {
		assertThat(mapping).isInstanceOf(PrefixFilteredHandlerMapping.class);
		assertThat(mapping.getHandlerMethods()).isNotEmpty();
	}

}
