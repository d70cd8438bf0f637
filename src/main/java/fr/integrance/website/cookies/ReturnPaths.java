package fr.integrance.website.cookies;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where to send the visitor back after a choice made on the banner: a path on this site
 * only. Anything else (an absolute URL, {@code //host}, a backslash trick, control
 * characters) goes to the home page, so the choice endpoint can never be used as an open
 * redirect.
 */
final class ReturnPaths {

	static final String HOME = "/";

	private static final int MAX_LENGTH = 2000;

	private ReturnPaths() {
	}

	static String safe(String candidate) {
		if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH || !candidate.startsWith("/")
				|| candidate.startsWith("//")) {
			return HOME;
		}
		for (int i = 0; i < candidate.length(); i++) {
			char c = candidate.charAt(i);
			// Browsers read '\' as '/', so "/\evil.example" would leave the site.
			if (c < 0x20 || c == 0x7f || c == '\\') {
				return HOME;
			}
		}
		try {
			URI uri = new URI(candidate);
			if (uri.isAbsolute() || uri.getRawAuthority() != null || uri.getRawPath() == null
					|| !uri.getRawPath().startsWith("/") || uri.getRawPath().startsWith("//")) {
				return HOME;
			}
		}
		catch (URISyntaxException ex) {
			return HOME;
		}
		return candidate.startsWith(CookieSettingsController.CHOICE_PATH) ? HOME : candidate;
	}

}
