package fr.integrance.platform.outage;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

import fr.integrance.platform.MutualProperties;
import fr.integrance.platform.SecurityHeaders;

/**
 * Placed before the session and security filters: while the database is down, every page
 * answers the French 503 page at once; a request that meets the outage on its way (the
 * session looked up or saved, the page's own queries) answers it too instead of a 500.
 * The page is rendered here, with neither the database nor the session: Tomcat's error
 * dispatch would go through the session filter again, which needs the database.
 * <p>
 * Static files, the public register API (served from files) and the health probes go on
 * as usual.
 */
final class OutagePageFilter extends OncePerRequestFilter {

	static final String VIEW = "error/503";

	/** Seconds after which a browser or a client may try again. */
	static final String RETRY_AFTER = "30";

	private static final Logger log = LoggerFactory.getLogger(OutagePageFilter.class);

	private static final List<String> SERVED_WITHOUT_DATABASE = List.of("/css/", "/js/", "/img/", "/webjars/",
			"/favicon.ico", "/api/v1/register", "/actuator/");

	private final DatabaseAvailability availability;

	private final ViewResolver views;

	private final LocaleResolver locales;

	private final MutualProperties mutual;

	OutagePageFilter(DatabaseAvailability availability, ViewResolver views, LocaleResolver locales,
			MutualProperties mutual) {
		this.availability = availability;
		this.views = views;
		this.locales = locales;
		this.mutual = mutual;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return SERVED_WITHOUT_DATABASE.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!availability.isAvailable()) {
			answer(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (response.isCommitted() || !outage(ex)) {
				throw ex;
			}
			log.warn("{} {} answered 503: database unavailable ({})", request.getMethod(), request.getRequestURI(),
					ex.getClass().getSimpleName());
			response.reset();
			answer(request, response);
		}
	}

	/**
	 * Whether {@code failure} comes from the database being away: said by the failure
	 * itself, or found by asking for a connection after a failure of the data layer that
	 * does not say (a rollback on a connection found closed hides the cause).
	 */
	private boolean outage(Throwable failure) {
		if (DatabaseAvailability.isConnectionFailure(failure)) {
			if (!DatabaseAvailability.isPoolSaturation(failure)) {
				availability.markDown(failure);
			}
			return true;
		}
		return DatabaseAvailability.isUnavailable(failure)
				|| (DatabaseAvailability.isDataFailure(failure) && !availability.verify());
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", RETRY_AFTER);
		response.setHeader("Cache-Control", "no-store");
		SecurityHeaders.write(response);
		response.setContentType("text/html;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Locale locale = locales.resolveLocale(request);
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
		try {
			View view = views.resolveViewName(VIEW, locale);
			if (view != null) {
				view.render(Map.of("mutual", mutual, "status", HttpStatus.SERVICE_UNAVAILABLE.value()), request,
						response);
				return;
			}
		}
		catch (Exception ex) {
			log.error("The 503 page could not be rendered", ex);
			if (response.isCommitted()) {
				return;
			}
			response.resetBuffer();
		}
		PrintWriter writer = response.getWriter();
		writer.write("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\">"
				+ "<title>Service momentanément indisponible</title></head><body><main>"
				+ "<h1>Service momentanément indisponible</h1><p>Le service est interrompu quelques instants. "
				+ "Vos données déjà enregistrées ne sont pas perdues. Réessayez dans quelques minutes.</p>"
				+ "</main></body></html>");
	}

}
