package fr.integrance.platform.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.jspecify.annotations.Nullable;

import org.springframework.web.cors.CorsUtils;
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
 * The mappings are also indexed by the first one or two segments of their literal
 * beginnings ({@code /gestion/personnes/}), so that a path with a variable is put only to
 * the mappings that could match it — a few, where Spring's own lookup goes through all of
 * the application's. When exactly one of them matches, it is the handler, as it would be
 * with Spring's lookup, and the request gets the same attributes; in every other case (no
 * match, a choice between several, a CORS pre-flight) Spring's own lookup decides, over
 * every mapping.
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

	/**
	 * The mappings by the beginning of their paths, built at the first lookup and again
	 * at the first after a mapping is registered or removed.
	 */
	private volatile @Nullable Index index;

	/** How many times a mapping was registered or removed, counted once it is done. */
	private final AtomicInteger changes = new AtomicInteger();

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
			throws Exception {
		boolean comparable = lookupPath.indexOf('%') < 0 && lookupPath.indexOf(';') < 0;
		if (!comparable) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		PathCarrier carrier = new PathCarrier(request, lookupPath);
		if (!CorsUtils.isPreFlightRequest(request)) {
			HandlerMethod only = onlyMatch(lookupPath, carrier);
			if (only != null) {
				return only;
			}
		}
		return super.lookupHandlerMethod(lookupPath, carrier);
	}

	/**
	 * The handler of the only mapping that matches the path, with the request's
	 * attributes set as Spring's lookup sets them; null when none or several match.
	 */
	private @Nullable HandlerMethod onlyMatch(String lookupPath, PathCarrier request) {
		Index mappings = index();
		RequestMappingInfo matched = null;
		HandlerMethod handler = null;
		for (List<RequestMappingInfo> candidates : mappings.candidates(lookupPath)) {
			for (RequestMappingInfo info : candidates) {
				RequestMappingInfo match = getMatchingMapping(info, request);
				if (match != null) {
					if (matched != null) {
						return null;
					}
					matched = match;
					handler = mappings.handlers.get(info);
				}
			}
		}
		if (matched == null || handler == null) {
			return null;
		}
		request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
		handleMatch(matched, lookupPath, request);
		return handler;
	}

	private Index index() {
		int seen = changes.get();
		Index current = index;
		if (current == null || current.changes != seen) {
			current = new Index(getHandlerMethods(), seen);
			index = current;
		}
		return current;
	}

	@Override
	protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
		super.registerHandlerMethod(handler, method, mapping);
		changes.incrementAndGet();
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
		super.registerMapping(mapping, handler, method);
		changes.incrementAndGet();
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		super.unregisterMapping(mapping);
		changes.incrementAndGet();
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

	/**
	 * The beginning of a path up to the slash that ends its {@code segments}-th segment
	 * ({@code /gestion/} for one, {@code /gestion/personnes/} for two); null when the
	 * path is shorter.
	 */
	static @Nullable String segments(String path, int segments) {
		int end = 0;
		for (int i = 0; i < segments; i++) {
			end = path.indexOf('/', end + 1);
			if (end < 0) {
				return null;
			}
		}
		return path.substring(0, end + 1);
	}

	/**
	 * The mappings filed under the one or two whole segments their literal beginnings
	 * share ({@code /gestion/personnes/} for {@code /gestion/personnes/{personId}});
	 * those with none, or whose patterns begin differently, under the empty key, which
	 * every path's lookup goes through. A mapping can only match a path that begins with
	 * its literal beginning, so it is always under one of the three keys of the path it
	 * matches.
	 */
	private static final class Index {

		private static final List<RequestMappingInfo> NONE = List.of();

		private final Map<String, List<RequestMappingInfo>> byBeginning = new HashMap<>();

		private final Map<RequestMappingInfo, HandlerMethod> handlers;

		/** The count of changes to the mappings it was built after. */
		private final int changes;

		Index(Map<RequestMappingInfo, HandlerMethod> handlers, int changes) {
			this.handlers = new IdentityHashMap<>(handlers);
			this.changes = changes;
			for (RequestMappingInfo info : handlers.keySet()) {
				byBeginning.computeIfAbsent(key(literalPrefixes(info)), beginning -> new ArrayList<>()).add(info);
			}
		}

		private static String key(String[] prefixes) {
			String key = null;
			for (String prefix : prefixes) {
				String own = segments(prefix, 2);
				if (own == null) {
					own = segments(prefix, 1);
				}
				if (own == null || (key != null && !key.equals(own))) {
					return "";
				}
				key = own;
			}
			return key == null ? "" : key;
		}

		/** The lists of the mappings that could match the path. */
		List<List<RequestMappingInfo>> candidates(String path) {
			return List.of(under(segments(path, 2)), under(segments(path, 1)), under(""));
		}

		private List<RequestMappingInfo> under(@Nullable String key) {
			return key == null ? NONE : byBeginning.getOrDefault(key, NONE);
		}

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
