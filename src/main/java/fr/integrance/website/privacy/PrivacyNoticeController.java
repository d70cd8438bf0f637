package fr.integrance.website.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.platform.BadRequestException;
import fr.integrance.platform.NotFoundException;
import fr.integrance.privacy.NoticeVersions;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.PublishedNoticeVersion;
import fr.integrance.statistics.StatisticsOptOut;

/**
 * The privacy notice, rendered from the register; its archived versions; and the
 * visitor's objection to audience measurement, kept in a first-party cookie.
 */
@Controller
@RequiredArgsConstructor
class PrivacyNoticeController {

	static final String NOTICE_VIEW = "privacy/notice";
	static final String VERSIONS_VIEW = "privacy/versions";
	static final String NOTICE_PATH = "/politique-de-confidentialite";
	static final String OPT_OUT_ANCHOR = "opposition-statistiques";
	static final String OPT_OUT = "opt-out";
	static final String OPT_IN = "opt-in";

	/** CNIL: a tracker, this one included, lives at most 13 months. */
	static final java.time.Period OPT_OUT_LIFETIME = java.time.Period.ofMonths(13);

	private final ProcessingRegister register;

	private final NoticeVersions versions;

	private final NoticeViews views;

	private final Clock clock;

	@GetMapping(NOTICE_PATH)
	String notice(HttpServletRequest request, CsrfToken csrfToken, Locale locale, Model model) {
		// The opt-out form sits at the end of a long page: the token (and the session
		// holding it) must exist before Thymeleaf starts streaming, or the response is
		// committed too early.
		csrfToken.getToken();
		model.addAttribute("notice", views.of(register.current(), locale));
		model.addAttribute("archived", false);
		model.addAttribute("statisticsOptedOut", StatisticsOptOut.isOptedOut(request));
		return NOTICE_VIEW;
	}

	@GetMapping(NOTICE_PATH + "/versions")
	String versions(Model model) {
		model.addAttribute("versions", versions.list());
		model.addAttribute("currentVersion", register.current().policy().version());
		return VERSIONS_VIEW;
	}

	@GetMapping(NOTICE_PATH + "/versions/{version}")
	String archivedVersion(@PathVariable String version, Locale locale, Model model) {
		PublishedNoticeVersion archived = versions.find(version)
			.orElseThrow(() -> new NotFoundException("no such notice version"));
		model.addAttribute("notice", views.of(archived.register(), locale));
		model.addAttribute("archived", true);
		model.addAttribute("currentVersion", register.current().policy().version());
		return NOTICE_VIEW;
	}

	@PostMapping(NOTICE_PATH + "/" + OPT_OUT_ANCHOR)
	String statisticsChoice(@RequestParam String choice, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		boolean optOut = switch (choice) {
			case OPT_OUT -> true;
			case OPT_IN -> false;
			default -> throw new BadRequestException("unknown audience-measurement choice");
		};
		ZonedDateTime now = ZonedDateTime.now(clock);
		Duration maxAge = optOut ? Duration.between(now, now.plus(OPT_OUT_LIFETIME)) : Duration.ZERO;
		ResponseCookie cookie = ResponseCookie
			.from(StatisticsOptOut.COOKIE_NAME, optOut ? StatisticsOptOut.OPTED_OUT : "")
			.path("/")
			.maxAge(maxAge)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		redirect.addFlashAttribute("statisticsConfirmation",
				optOut ? "privacy.optout.confirmed.out" : "privacy.optout.confirmed.in");
		return "redirect:" + NOTICE_PATH + "#" + OPT_OUT_ANCHOR;
	}

}
