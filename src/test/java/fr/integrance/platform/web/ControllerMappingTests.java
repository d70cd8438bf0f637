package fr.integrance.platform.web;

import java.util.List;

import jakarta.servlet.DispatcherType;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application maps its controllers with {@link PrefixFilteredHandlerMapping}, and
 * hands them the request through {@link DirectAttributesFilter}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("integration")
class ControllerMappingTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	List<FilterRegistrationBean<?>> filters;

	@Test
	void theDirectAttributesFilterIsTheLastButTheStaticFilesOneOnEveryDispatch() {
		FilterRegistrationBean<?> direct = filters.stream()
			.filter(registration -> registration.getFilter() instanceof DirectAttributesFilter)
			.findFirst()
			.orElseThrow();
		assertThat(filters)
			.filteredOn(registration -> registration != direct
					&& !(registration.getFilter() instanceof ResourceUrlEncodingFilter))
			.isNotEmpty()
			.allSatisfy(registration -> assertThat(registration.getOrder()).isLessThan(direct.getOrder()));
		assertThat(filters).filteredOn(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter)
			.singleElement()
			.satisfies(registration -> assertThat(registration.getOrder()).isGreaterThan(direct.getOrder()));
		assertThat(direct.determineDispatcherTypes()).containsExactlyInAnyOrder(DispatcherType.values());
	}

	@Test
	void theControllersAreMappedWithTheCheapFirstTest() {
		assertThat(mapping).isInstanceOf(PrefixFilteredHandlerMapping.class);
		assertThat(mapping.getHandlerMethods()).isNotEmpty();
	}

}
