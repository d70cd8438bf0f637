package fr.integrance.website;

import org.jspecify.annotations.Nullable;

import jakarta.servlet.http.HttpSession;

/**
 * What the public forms keep in the HTTP session. Sessions are stored in the database and
 * outlive a new version of the site: a value written by an earlier version may no longer
 * read back (a type it holds changed). Such a value is dropped, and the visitor starts
 * the form again rather than meeting an error page.
 */
final class SessionValues {

	private SessionValues() {
	}

	/** The value under {@code key}; null when there is none or it cannot be read. */
	static <T> @Nullable T read(HttpSession session, String key, Class<T> type) {
		try {
			Object value = session.getAttribute(key);
			return type.isInstance(value) ? type.cast(value) : null;
		}
		catch (RuntimeException ex) {
			session.removeAttribute(key);
			return null;
		}
	}

}
