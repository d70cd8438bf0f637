package fr.integrance.platform.web;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.jspecify.annotations.Nullable;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The controllers' mapping, with a cheap first test for paths with a variable.
 * <p>
 * Spring MVC finds a literal path ({@code /gestion/demandes}) in a map, but a path with a
 * variable ({@code /gestion/personnes/{personId}}) by trying every mapping of the
 * application in turn, each test asking the request for its method through a dozen filter
 * wrappers: a tenth of the CPU of the back office's person page under load
 * (BENCHMARKS.md, issue 19). Here a mapping whose patterns all begin with a literal text
 * that the path does not begin with is rejected by a string comparison before Spring's
 * own test runs; every other mapping goes through Spring's test unchanged, which alone
 * decides what matches.
 * <p>
 * The comparison is only made on a path with no percent-encoded character and no path
 * parameter ({@code ;…}): Spring matches the decoded segments, which the raw path would
 * then not show.
 */
class PrefixFilteredHandlerMapping extends RequestMappingHandlerMapping {

	private static final String[] NO_PREFIX = new String[0];

	/**
	 * Per mapping, the literal beginnings of its patterns; empty: no cheap test. Keyed by
	 * identity and copied on write (mappings are registered at start-up): a lookup is one
	 * identity hash, where a concurrent map's {@code computeIfAbsent} on
	 * {@code RequestMappingInfo} cost 1.5 % of the person page's CPU samples, for each of
	 * the application's mappings on every request.
	 */
	private volatile Map<RequestMappingInfo, String[]> prefixes = new IdentityHashMap<>();

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
			throws Exception {
		boolean comparable = lookupPath.indexOf('%') < 0 && lookupPath.indexOf(';') < 0;
		return super.lookupHandlerMethod(lookupPath, comparable ? new PathCarrier(request, lookupPath) : request);
	}

	@Override
	protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		if (request instanceof PathCarrier carrier && cannotMatch(info, carrier.lookupPath)) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	/**
	 * The request as the mapping's lookup sees it, carrying the path to compare: a type
	 * test per mapping where a thread-local read per mapping cost 1.2 % of the person
	 * page's samples. Everything else is the request's own (a wrapper delegates it all).
	 */
	private static final class PathCarrier extends HttpServletRequestWrapper {

		private final String lookupPath;

		PathCarrier(HttpServletRequest request, String lookupPath) {
			super(request);
			this.lookupPath = lookupPath;
		}

	}

	private boolean cannotMatch(RequestMappingInfo info, String path) {
		String[] literal = prefixes.get(info);
		if (literal == null) {
			literal = literalPrefixes(info);
			synchronized (this) {
				Map<RequestMappingInfo, String[]> copy = new IdentityHashMap<>(prefixes);
				copy.put(info, literal);
				prefixes = copy;
			}
		}
		if (literal.length == 0) {
			return false;
		}
		for (String prefix : literal) {
			if (path.startsWith(prefix)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The text each pattern begins with before its first variable or wildcard; none (no
	 * cheap test) when a pattern begins with one, or when the mapping has no parsed
	 * patterns.
	 */
	static String[] literalPrefixes(RequestMappingInfo info) {
		PathPatternsRequestCondition condition = info.getPathPatternsCondition();
		if (condition == null) {
			return NO_PREFIX;
		}
		Set<PathPattern> patterns = condition.getPatterns();
		if (patterns.isEmpty()) {
			return NO_PREFIX;
		}
		String[] literal = new String[patterns.size()];
		int i = 0;
		for (PathPattern pattern : patterns) {
			String text = pattern.getPatternString();
			int end = firstSpecial(text);
			if (end <= 1) {
				return NO_PREFIX;
			}
			literal[i++] = text.substring(0, end);
		}
		return literal;
	}

	private static int firstSpecial(String pattern) {
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '{' || c == '*' || c == '?' || c == '\\') {
				return i;
			}
		}
		return pattern.length();
	}

}
