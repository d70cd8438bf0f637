package fr.integrance.consent.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Truncates a client IP address before it is stored: an IPv4 address loses its last octet
 * ({@code 203.0.113.57 → 203.0.113.0}), an IPv6 address keeps its first 48 bits
 * ({@code 2001:db8:85a3:8d3:… → 2001:db8:85a3::}). The result no longer singles out a
 * device.
 */
final class IpAddresses {

	private static final Pattern IPV4 = Pattern
		.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

	/**
	 * Only hex digits, colons and an optional embedded IPv4: never a host name (no DNS
	 * lookup).
	 */
	private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:]{2,39}(\\.[0-9.]{1,15})?");

	private IpAddresses() {
	}

	/** The truncated address, or null when the input is missing or not an IP literal. */
	static @Nullable String truncate(@Nullable String address) {
		if (address == null) {
			return null;
		}
		String value = address.strip();
		if (value.startsWith("[") && value.endsWith("]")) {
			value = value.substring(1, value.length() - 1);
		}
		int zone = value.indexOf('%');
		if (zone >= 0) {
			value = value.substring(0, zone);
		}
		if (IPV4.matcher(value).matches()) {
			return value.substring(0, value.lastIndexOf('.')) + ".0";
		}
		if (!value.contains(":") || !IPV6_LITERAL.matcher(value).matches()) {
			return null;
		}
		byte[] bytes;
		try {
			// A validated literal: InetAddress parses it without any lookup.
			bytes = InetAddress.getByName(value).getAddress();
		}
		catch (UnknownHostException | SecurityException ex) {
			return null;
		}
		if (bytes.length == 4) {
			// An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is an IPv4 client.
			return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0";
		}
		byte[] truncated = new byte[16];
		System.arraycopy(bytes, 0, truncated, 0, 6);
		try {
			return compress((Inet6Address) InetAddress.getByAddress(truncated));
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	/**
	 * RFC 5952 form: lower-case hex, the longest run of two or more zero groups as
	 * {@code ::}.
	 */
	private static String compress(Inet6Address address) {
		byte[] bytes = address.getAddress();
		int[] groups = new int[8];
		for (int i = 0; i < 8; i++) {
			groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
		}
		int bestStart = -1;
		int bestLength = 1;
		for (int i = 0; i < 8; i++) {
			int length = 0;
			while (i + length < 8 && groups[i + length] == 0) {
				length++;
			}
			if (length > bestLength) {
				bestStart = i;
				bestLength = length;
			}
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == bestStart) {
				text.append("::");
				i += bestLength - 1;
				continue;
			}
			if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
				text.append(':');
			}
			text.append(Integer.toHexString(groups[i]));
		}
		return text.toString();
	}

}
