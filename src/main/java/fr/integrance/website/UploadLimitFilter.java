package fr.integrance.website;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Lets an upload over the multipart limits reach the form's 413 answer instead of failing
 * in the security filters. Tomcat stops reading such a body (RULES.md §6) and from then
 * on refuses every {@code getParameter} call; the CSRF filter's call would turn the
 * request into a bare error page. Placed just before the security filters, this parses
 * the parts once; when the limits were exceeded it hands on a request whose parameters
 * are those of the address only (where the forms put their CSRF token) and whose parts
 * report the size error, which Spring MVC turns into
 * {@code MaxUploadSizeExceededException} for {@link UploadLimitAdvice}. Only the public
 * forms that put their token in the address are concerned; any other upload is left as it
 * was.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitFilter {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> uploadLimitFilterRegistration() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		registration.setName("uploadLimitFilter");
		return registration;
	}

	/** The forms that carry their CSRF token in the address and answer 413 themselves. */
	static final java.util.Set<String> FORMS = java.util.Set.of("/souscription/pieces", "/contact");

	static final class Filter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!isMultipartPost(request)) {
				chain.doFilter(request, response);
				return;
			}
			try {
				request.getParts();
			}
			catch (RuntimeException | ServletException | IOException ex) {
				if (exceedsLimit(ex)) {
					chain.doFilter(new OversizedUpload(request, ex), response);
					return;
				}
				if (badFileName(ex)) {
					// the fields parsed before the part with the bad name are kept, so
					// that
					// the form comes back as typed (the file field comes last in the
					// forms)
					chain.doFilter(new OversizedUpload(request, ex, parsedSoFar(request)), response);
					return;
				}
				throw ex;
			}
			chain.doFilter(request, response);
		}

		private static boolean isMultipartPost(HttpServletRequest request) {
			String contentType = request.getContentType();
			return "POST".equals(request.getMethod()) && FORMS.contains(request.getRequestURI()) && contentType != null
					&& contentType.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
		}

		/**
		 * Tomcat refuses a part whose file name holds a NUL before any application code
		 * runs: {@link UploadLimitAdvice} answers it as a French 400 beside the field.
		 */
		static boolean badFileName(Throwable ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof InvalidFileNameException) {
					return true;
				}
			}
			return false;
		}

		private static @Nullable Map<String, String[]> parsedSoFar(HttpServletRequest request) {
			try {
				return Map.copyOf(request.getParameterMap());
			}
			catch (RuntimeException ex) {
				return null;
			}
		}

		static boolean exceedsLimit(Throwable ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				String message = cause.getMessage();
				if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("exceeds")) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * The request after an oversized upload (query-string parameters only) or a part with
	 * an invalid file name (the parameters read before it): parts that report the error.
	 */
	static final class OversizedUpload extends HttpServletRequestWrapper {

		private final Exception failure;

		private final Map<String, String[]> parameters;

		OversizedUpload(HttpServletRequest request, Exception failure) {
			this(request, failure, null);
		}

		OversizedUpload(HttpServletRequest request, Exception failure, @Nullable Map<String, String[]> parsed) {
			super(request);
			this.failure = failure;
			MultiValueMap<String, String> query = UriComponentsBuilder
				.fromUriString("?" + (request.getQueryString() == null ? "" : request.getQueryString()))
				.build()
				.getQueryParams();
			Map<String, String[]> decoded = new LinkedHashMap<>();
			query.forEach((name, values) -> decoded.put(decode(name),
					values.stream().map(v -> v == null ? "" : decode(v)).toArray(String[]::new)));
			if (parsed != null) {
				parsed.forEach(decoded::putIfAbsent);
			}
			this.parameters = Collections.unmodifiableMap(decoded);
		}

		private static String decode(String value) {
			return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
		}

		@Override
		public @Nullable String getParameter(String name) {
			String[] values = parameters.get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters.keySet());
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return parameters.get(name);
		}

		@Override
		public Collection<Part> getParts() {
			if (failure instanceof InvalidFileNameException || failure.getCause() instanceof InvalidFileNameException) {
				throw new IllegalStateException("Invalid file name in a part", failure);
			}
			throw new IllegalStateException("Upload size limit exceeded: " + failure.getMessage(), failure);
		}

		@Override
		public @Nullable Part getPart(String name) {
			return getParts().stream().findFirst().orElse(null);
		}

	}

}
