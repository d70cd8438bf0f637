package fr.integrance.platform.web;

import java.util.Collections;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestWrapper;

import static org.assertj.core.api.Assertions.assertThat;

class DirectAttributesFilterTests {

	private final MockHttpServletRequest container = new MockHttpServletRequest("GET", "/gestion/personnes");

	/** The chain of wrappers the security filters put around a request. */
	private HttpServletRequest wrappedBySecurity(HttpServletRequest request) {
		HttpServletRequest firewalled = new StrictHttpFirewall().getFirewalledRequest(request);
		return new HttpServletRequestWrapper(
				new SecurityContextHolderAwareRequestWrapper(new HttpServletRequestWrapper(firewalled), "ROLE_"));
	}

	private HttpServletRequest passedOn(HttpServletRequest request) throws Exception {
		AtomicReference<ServletRequest> seen = new AtomicReference<>();
		new DirectAttributesFilter().doFilter(request, new MockHttpServletResponse(),
				(passed, response) -> seen.set(passed));
		return (HttpServletRequest) seen.get();
	}

	@Test
	void wrappersThatPassAttributesThroughAreSkipped() throws Exception {
		HttpServletRequest outer = wrappedBySecurity(container);

		HttpServletRequest passed = passedOn(outer);

		assertThat(DirectAttributesFilter.attributeHolder(outer)).isSameAs(container);
		assertThat(passed).isInstanceOf(DirectAttributesFilter.DirectAttributesRequest.class);
		assertThat(((HttpServletRequestWrapper) passed).getRequest()).isSameAs(outer);
	}

	@Test
	void attributesAreTheSameWhicheverWayTheyAreReadOrWritten() throws Exception {
		HttpServletRequest outer = wrappedBySecurity(container);
		outer.setAttribute("before", "set by a filter");

		HttpServletRequest passed = passedOn(outer);
		passed.setAttribute("model", "set by the controller");

		assertThat(passed.getAttribute("before")).isEqualTo("set by a filter");
		assertThat(outer.getAttribute("model")).isEqualTo("set by the controller");
		assertThat(container.getAttribute("model")).isEqualTo("set by the controller");
		assertThat(Collections.list(passed.getAttributeNames()))
			.containsAll(Collections.list(outer.getAttributeNames()));
		passed.removeAttribute("before");
		assertThat(outer.getAttribute("before")).isNull();
	}

	@Test
	void aWrapperThatAnswersAttributesItselfIsAsked() throws Exception {
		HttpServletRequest forward = new HttpServletRequestWrapper(container) {
			@Override
			public Object getAttribute(String name) {
				return "jakarta.servlet.forward.request_uri".equals(name) ? "/d-origine" : super.getAttribute(name);
			}
		};
		HttpServletRequest outer = new HttpServletRequestWrapper(new HttpServletRequestWrapper(forward));

		HttpServletRequest passed = passedOn(outer);

		assertThat(DirectAttributesFilter.attributeHolder(outer)).isSameAs(forward);
		assertThat(passed.getAttribute("jakarta.servlet.forward.request_uri")).isEqualTo("/d-origine");
	}

	@Test
	void everyOtherMethodStillGoesThroughTheWrappers() throws Exception {
		HttpServletRequest outer = new HttpServletRequestWrapper(container) {
			@Override
			public String getRemoteUser() {
				return "agent";
			}
		};

		assertThat(passedOn(outer).getRemoteUser()).isEqualTo("agent");
	}

	@Test
	void aRequestWithoutWrappersOrAnsweringItselfIsPassedAsItIs() throws Exception {
		assertThat(passedOn(container)).isSameAs(container);
		HttpServletRequest answering = new HttpServletRequestWrapper(container) {
			@Override
			public void setAttribute(String name, Object value) {
				super.setAttribute(name, value);
			}
		};
		assertThat(passedOn(answering)).isSameAs(answering);
	}

}
