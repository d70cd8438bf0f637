package fr.integrance.website.cookies;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.integrance.consent.CookieCatalogue;
import fr.integrance.consent.ThirdPartyTags;
import fr.integrance.consent.VisitorChoice;
import fr.integrance.privacy.Register;

/**
 * Gives every page's layout the visitor's consent context: the banner shows until a valid
 * choice exists (none, tampered, older than the renewal age, or not covering a new
 * purpose), except on the cookie settings and unsubscribe pages; declared tags run only
 * for consented purposes. Error pages get it too (the error controller is a controller
 * like any other).
 */
@ControllerAdvice
@RequiredArgsConstructor
class ConsentLayoutAdvice {

	static final String ATTRIBUTE = "consentContext";

	private final ConsentCookies cookies;

	private final CookieCatalogue catalogue;

	private final ThirdPartyTags tags;

	@ModelAttribute(ATTRIBUTE)
	ConsentContext consentContext(HttpServletRequest request, Locale locale) {
		Optional<VisitorChoice> choice = cookies.current(request);
		String path = currentPath(request);
		List<ConsentContext.BannerPurpose> purposes = catalogue.purposes()
			.stream()
			.filter(CookieCatalogue.PurposeCookies::requiresConsent)
			.map(p -> new ConsentContext.BannerPurpose(p.id(),
					Register.text(p.purpose().label(), p.purpose().labelEn(), locale), String.join(", ", p.vendors())))
			.toList();
		boolean bannerShown = choice.isEmpty() && !purposes.isEmpty() && !bannerHiddenOn(path);
		List<ConsentContext.TagView> tagViews = tags.declared()
			.stream()
			.map(tag -> new ConsentContext.TagView(tag.id(), tag.purpose(), tag.src(),
					choice.map(c -> c.allows(tag.purpose())).orElse(false)))
			.toList();
		String query = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) == null ? request.getQueryString()
				: null;
		String returnPath = ReturnPaths.safe(query == null ? path : path + "?" + query);
		return new ConsentContext(bannerShown, returnPath, purposes, tagViews);
	}

	/**
	 * The path the visitor asked for: on an error page, the one that failed, not
	 * {@code /error}.
	 */
	private static String currentPath(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = failed instanceof String s ? s : request.getRequestURI();
		String context = request.getContextPath();
		return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
	}

	/**
	 * Not on the settings page, which holds the same choices in full; not on the
	 * unsubscribe pages, reached from an e-mail and served without a session (so without
	 * the banner's CSRF token).
	 */
	private static boolean bannerHiddenOn(String path) {
		return path.equals(CookieSettingsController.SETTINGS_PATH)
				|| path.startsWith(CookieSettingsController.SETTINGS_PATH + "/") || path.startsWith("/desinscription/");
	}

}
