package fr.integrance.consent;

import org.jspecify.annotations.Nullable;

/**
 * Where a decision came from, as the web layer saw it: the client's IP address and user
 * agent, untouched. The consent module keeps only a truncated IP (IPv4 /24, IPv6 /48) and
 * the first 200 characters of the user agent. {@link #NONE} when there was no request
 * (expiry, batch).
 */
public record RequestOrigin(@Nullable String ipAddress, @Nullable String userAgent) {

	public static final RequestOrigin NONE = new RequestOrigin(null, null);

	@Override
	public String toString() {
		return "RequestOrigin[…]";
	}
}
