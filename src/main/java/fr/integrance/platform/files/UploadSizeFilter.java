package fr.integrance.platform.files;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

import fr.integrance.platform.FileInspection;

/**
 * Two upload limits on one server. Tomcat applies the largest, the per-file quota of the
 * document spaces ({@code spring.servlet.multipart.*}: 20 MB a file); this filter, just
 * before the security filters, applies the forms' own limits to every other multipart
 * post ({@code app.files.max-file-size}, 5 MB a file, {@code app.files.max-request-size},
 * 16 MB a request).
 * <ul>
 * <li>A document-space upload ({@code app.files.document-upload-path}, a regular
 * expression on the path) over Tomcat's limit goes on without parts, with the parameters
 * of its address only (where the form puts its CSRF token) and the request attribute
 * {@link FileInspection#DOCUMENT_TOO_LARGE_ATTRIBUTE}: its controller shows the form
 * again with a French error beside the file field, without JavaScript too.</li>
 * <li>Any other upload whose file or whole is over the forms' limits goes on as if Tomcat
 * had refused it: its parts report the size error, which the next filters and Spring MVC
 * answer as before (the public forms' 413 with the form and their French message).</li>
 * </ul>
 * The parts are on disk (threshold 0) when their sizes are read: nothing here holds a
 * file in memory.
 */
@Configuration(proxyBeanMethods = false)
class UploadSizeFilter {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> uploadSizeFilterRegistration(
			@Value("${app.files.max-file-size:5MB}") DataSize maxFileSize,
			@Value("${app.files.max-request-size:16MB}") DataSize maxRequestSize,
			@Value("${app.documents.max-file-bytes:20MB}") DataSize maxDocumentSize,
			@Value("${app.files.document-upload-path:^/.+/documents/(depot|[^/]+/version)$}") String documentPaths) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new Filter(maxFileSize.toBytes(), maxRequestSize.toBytes(), maxDocumentSize.toBytes(),
						Pattern.compile(documentPaths)));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
		registration.setName("uploadSizeFilter");
		return registration;
	}

	static final class Filter extends OncePerRequestFilter {

		private final long maxFileBytes;

		private final long maxRequestBytes;

		private final long maxDocumentBytes;

		private final Pattern documentPaths;

		Filter(long maxFileBytes, long maxRequestBytes, long maxDocumentBytes, Pattern documentPaths) {
			this.maxFileBytes = maxFileBytes;
			this.maxRequestBytes = maxRequestBytes;
			this.maxDocumentBytes = maxDocumentBytes;
			this.documentPaths = documentPaths;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!isMultipartPost(request)) {
				chain.doFilter(request, response);
				return;
			}
			boolean document = documentPaths.matcher(request.getRequestURI()).matches();
			Collection<Part> parts;
			try {
				parts = request.getParts();
			}
			catch (RuntimeException | ServletException | IOException ex) {
				if (document && exceedsLimit(ex)) {
					chain.doFilter(new DocumentTooLarge(request, maxDocumentBytes), response);
					return;
				}
				// as before: the next filters and Spring MVC answer it (Tomcat does not
				// report some failures twice, a bad file name among them)
				chain.doFilter(new FailedParts(request, ex), response);
				return;
			}
			if (!document && overFormLimits(parts)) {
				chain.doFilter(new OverFormLimits(request, maxFileBytes), response);
				return;
			}
			chain.doFilter(request, response);
		}

		private boolean overFormLimits(Collection<Part> parts) {
			long total = 0;
			for (Part part : parts) {
				if (part.getSubmittedFileName() != null && part.getSize() > maxFileBytes) {
					return true;
				}
				total += part.getSize();
			}
			return total > maxRequestBytes;
		}

		private static boolean isMultipartPost(HttpServletRequest request) {
			String contentType = request.getContentType();
			return "POST".equals(request.getMethod()) && contentType != null
					&& contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
		}

		static boolean exceedsLimit(Throwable ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				String message = cause.getMessage();
				if (message != null && message.toLowerCase(Locale.ROOT).contains("exceeds")) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * A form's upload over its limits: its parts report the size error as Tomcat's would
	 * ("exceeds its maximum permitted size"); its parameters are those read.
	 */
	static final class OverFormLimits extends HttpServletRequestWrapper {

		private final long limit;

		OverFormLimits(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public Collection<Part> getParts() {
			throw new IllegalStateException(
					"A file of this upload exceeds its maximum permitted size of " + limit + " bytes");
		}

		@Override
		public @Nullable Part getPart(String name) {
			return getParts().stream().findFirst().orElse(null);
		}

	}

	/**
	 * An upload whose parts Tomcat could not read: they report the same failure again.
	 */
	static final class FailedParts extends HttpServletRequestWrapper {

		private final Exception failure;

		FailedParts(HttpServletRequest request, Exception failure) {
			super(request);
			this.failure = failure;
		}

		@Override
		public Collection<Part> getParts() throws IOException, ServletException {
			if (failure instanceof IOException io) {
				throw io;
			}
			if (failure instanceof ServletException servlet) {
				throw servlet;
			}
			throw (RuntimeException) failure;
		}

		@Override
		public @Nullable Part getPart(String name) throws IOException, ServletException {
			return getParts().stream().findFirst().orElse(null);
		}

	}

	/**
	 * A document-space upload over the document limit: no parts, the parameters of the
	 * address only, and the limit in {@link FileInspection#DOCUMENT_TOO_LARGE_ATTRIBUTE}.
	 */
	static final class DocumentTooLarge extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		DocumentTooLarge(HttpServletRequest request, long limit) {
			super(request);
			request.setAttribute(FileInspection.DOCUMENT_TOO_LARGE_ATTRIBUTE, limit);
			MultiValueMap<String, String> query = UriComponentsBuilder
				.fromUriString("?" + (request.getQueryString() == null ? "" : request.getQueryString()))
				.build()
				.getQueryParams();
			Map<String, String[]> decoded = new LinkedHashMap<>();
			query.forEach((name, values) -> decoded.put(decode(name),
					values.stream().map(v -> v == null ? "" : decode(v)).toArray(String[]::new)));
			this.parameters = Collections.unmodifiableMap(decoded);
		}

		private static String decode(String value) {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
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
			return List.of();
		}

		@Override
		public @Nullable Part getPart(String name) {
			return null;
		}

	}

}
