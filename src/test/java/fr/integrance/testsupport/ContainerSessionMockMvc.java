package fr.integrance.testsupport;

import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * MockMvc with the security filter chain but without Spring Session's repository filter,
 * so that a test's {@code MockHttpSession} carries a public form's draft, CSRF token and
 * flash attributes from one request to the next. For the anonymous public forms only: the
 * identity tests, which are about sessions, browse with {@link WebSession} and the
 * database-backed sessions.
 */
public final class ContainerSessionMockMvc {

	private ContainerSessionMockMvc() {
	}

	public static MockMvc of(WebApplicationContext context) {
		return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

}
