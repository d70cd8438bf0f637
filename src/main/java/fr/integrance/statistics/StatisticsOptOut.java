package fr.integrance.statistics;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The visitor's objection to audience measurement ("Matomo-style" opt-out): a first-party
 * cookie {@value #COOKIE_NAME}{@code =1}, kept 13 months. Whatever measures the audience
 * must skip a request for which {@link #isOptedOut(HttpServletRequest)} is true.
 */
public interface StatisticsOptOut {

	String COOKIE_NAME = "integrance_stats_optout";

	String OPTED_OUT = "1";

	static boolean isOptedOut(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE_NAME.equals(cookie.getName()) && OPTED_OUT.equals(cookie.getValue())) {
				return true;
			}
		}
		return false;
	}

}
