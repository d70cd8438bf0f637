package fr.integrance.statistics.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import fr.integrance.statistics.StatisticsOptOut;

/**
 * Counts a page view for a successful HTML page rendered by a controller (never a static
 * file, a redirect, an error or a form post), under its route pattern
 * ({@code /desinscription/{token}}, not the token). Skipped when the visitor objected
 * (opt-out cookie) or his browser asks not to be tracked ({@code Sec-GPC: 1},
 * {@code DNT: 1}). The paths of the API, the actuator and the developer tools are
 * excluded where the interceptor is registered.
 */
@RequiredArgsConstructor
class PageViewInterceptor implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(PageViewInterceptor.class);

	private final AudienceStatistics statistics;

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable Exception ex) {
		if (ex != null || !(handler instanceof HandlerMethod) || !"GET".equals(request.getMethod())
				|| response.getStatus() != HttpStatus.OK.value() || !isHtml(response.getContentType())
				|| StatisticsOptOut.isOptedOut(request) || "1".equals(request.getHeader("Sec-GPC"))
				|| "1".equals(request.getHeader("DNT"))) {
			return;
		}
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (!(pattern instanceof String path) || path.length() > 255) {
			return;
		}
		try {
			statistics.record(path);
		}
		catch (DataAccessException failure) {
			// Audience figures are not worth failing or slowing a page for; the page is
			// already sent.
			log.warn("Page view not recorded: {}", failure.getClass().getSimpleName());
		}
	}

	private static boolean isHtml(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			return MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(contentType));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
