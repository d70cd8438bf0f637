package fr.integrance.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A browser over MockMvc: keeps the cookies the application sets (the session cookie of
 * the database session store), sends them back, and follows nothing by itself.
 */
public final class WebSession {

	public static final String SESSION_COOKIE = "SESSION";

	private final MockMvc mvc;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	/**
	 * The client address set by {@link #from}; else each request keeps its own (MockMvc:
	 * 127.0.0.1).
	 */
	private @Nullable String remoteAddress;

	public WebSession(MockMvc mvc) {
		this.mvc = mvc;
	}

	/**
	 * Sends every request from now on from this client address (the request's remote
	 * address; MockMvc's default is 127.0.0.1).
	 */
	public WebSession from(String address) {
		this.remoteAddress = address;
		return this;
	}

	public MockHttpServletResponse get(String path) {
		return perform(MockMvcRequestBuilders.get(path));
	}

	/** A form post with a valid CSRF token. */
	public MockHttpServletResponse post(String path, String... namesAndValues) {
		return perform(form(MockMvcRequestBuilders.post(path), namesAndValues).with(csrf()));
	}

	/** A form post without any CSRF token. */
	public MockHttpServletResponse postWithoutCsrf(String path, String... namesAndValues) {
		return perform(form(MockMvcRequestBuilders.post(path), namesAndValues));
	}

	public MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request) {
		if (!cookies.isEmpty()) {
			request.cookie(cookies.values().toArray(Cookie[]::new));
		}
		String address = remoteAddress;
		if (address != null) {
			request.with(built -> {
				built.setRemoteAddr(address);
				return built;
			});
		}
		try {
			MvcResult result = mvc.perform(request).andReturn();
			if (result.getRequest().isAsyncStarted()) {
				// A body written on another thread races the filters that set headers on
				// the request's thread
				// (ModularityTests#noControllerAnswersOnAnotherThread).
				throw new AssertionError(result.getRequest().getRequestURI() + " answered on another thread");
			}
			MockHttpServletResponse response = result.getResponse();
			for (Cookie cookie : response.getCookies()) {
				if (cookie.getMaxAge() == 0) {
					cookies.remove(cookie.getName());
				}
				else {
					cookies.put(cookie.getName(), cookie);
				}
			}
			return response;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** The current session cookie's value, {@code null} when there is none. */
	public String sessionCookie() {
		Cookie cookie = cookies.get(SESSION_COOKIE);
		return cookie == null ? null : cookie.getValue();
	}

	/** Sends this session cookie from now on (to replay an old one). */
	public void useSessionCookie(String value) {
		cookies.put(SESSION_COOKIE, new Cookie(SESSION_COOKIE, value));
	}

	public void forgetCookies() {
		cookies.clear();
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String... namesAndValues) {
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			request.param(namesAndValues[i], namesAndValues[i + 1]);
		}
		return request;
	}

}
