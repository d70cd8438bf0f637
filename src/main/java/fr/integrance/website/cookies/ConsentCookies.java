package fr.integrance.website.cookies;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import fr.integrance.consent.CookieCatalogue;
import fr.integrance.consent.VisitorChoice;
import fr.integrance.consent.VisitorConsents;
import fr.integrance.privacy.Register;

/**
 * Reads and writes the consent cookie, and expires the cookies of the purposes a visitor
 * does not (or no longer) accept: every consent-requiring cookie the register declares
 * for them, and every cookie the browser sent whose name is one of those or starts with
 * one followed by {@code .} or {@code _} (trackers suffix their names: {@code _ga_XYZ},
 * {@code _pk_id.1.ab12}). Exempt cookies are never touched.
 */
@Component
@RequiredArgsConstructor
class ConsentCookies {

	private final VisitorConsents consents;

	private final CookieCatalogue catalogue;

	/** The raw value of the consent cookie the browser sent, if any. */
	static Optional<String> value(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (VisitorConsents.COOKIE_NAME.equals(cookie.getName())) {
				return Optional.of(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	Optional<VisitorChoice> read(HttpServletRequest request) {
		return value(request).flatMap(consents::read);
	}

	Optional<VisitorChoice> current(HttpServletRequest request) {
		return value(request).flatMap(consents::current);
	}

	void write(VisitorChoice choice, HttpServletRequest request, HttpServletResponse response) {
		add(response,
				ResponseCookie.from(VisitorConsents.COOKIE_NAME, consents.encode(choice))
					.path("/")
					.maxAge(consents.cookieMaxAge())
					.httpOnly(true)
					.secure(request.isSecure())
					.sameSite("Lax")
					.build());
	}

	/**
	 * Sends {@code Max-Age=0} for every cookie of the refused purposes (see the class
	 * comment) and returns their names, so the page can also clear copies set on a parent
	 * domain from the browser.
	 */
	List<String> expireRefused(VisitorChoice choice, HttpServletRequest request, HttpServletResponse response) {
		Set<String> exempt = Set.copyOf(catalogue.exemptCookieNames());
		Set<String> declared = new LinkedHashSet<>();
		for (String purpose : catalogue.consentPurposeIds()) {
			if (!choice.allows(purpose)) {
				catalogue.purpose(purpose)
					.ifPresent(p -> p.consentCookies().stream().map(Register.Cookie::name).forEach(declared::add));
			}
		}
		Set<String> names = new LinkedHashSet<>(declared);
		Cookie[] sent = request.getCookies();
		if (sent != null) {
			for (Cookie cookie : sent) {
				if (matchesAny(cookie.getName(), declared)) {
					names.add(cookie.getName());
				}
			}
		}
		List<String> expired = new ArrayList<>();
		for (String name : names) {
			if (exempt.contains(name) || !isToken(name)) {
				continue;
			}
			add(response, ResponseCookie.from(name, "").path("/").maxAge(Duration.ZERO).build());
			expired.add(name);
		}
		return expired;
	}

	private static boolean matchesAny(String name, Collection<String> declared) {
		for (String base : declared) {
			if (name.equals(base) || name.startsWith(base + ".") || name.startsWith(base + "_")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A cookie name Set-Cookie can carry (RFC 6265 token); a register typo must not break
	 * the response.
	 */
	private static boolean isToken(String name) {
		return !name.isEmpty()
				&& name.chars().allMatch(c -> c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0);
	}

	private static void add(HttpServletResponse response, ResponseCookie cookie) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

}
