package fr.integrance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.TestAccounts;
import fr.integrance.security.AuthorizationMatrix.Caller;
import fr.integrance.security.AuthorizationMatrix.Expectation;
import fr.integrance.security.AuthorizationMatrix.Row;
import fr.integrance.testsupport.LogLeaks;
import fr.integrance.testsupport.MutableClock;
import fr.integrance.testsupport.WebSession;

/**
 * No input gives a server error or a raw message (issue 11, item 7). Every endpoint the
 * application registers is found in the {@link RequestMappingHandlerMapping}; the fields
 * it binds are read from its handler method (request parameters, and the components of
 * the form records it binds, nested lists included) and from its path; each gets random
 * and malformed values — names no form offers, 100,000-character texts, control
 * characters (NUL, U+202E), lone surrogates, blanks, huge numbers, impossible dates, SQL
 * and HTML snippets, two values where one is expected — as a visitor and as the first
 * caller the authorization table lets in. Each answer must be below 500, never show
 * Spring's conversion text or Bean Validation's English defaults, and an HTML page must
 * be French.
 * <p>
 * The seed is fixed and each endpoint derives its own from it, so that a failure names a
 * case that replays. What MockMvc cannot send (bytes that are no UTF-8) is
 * {@code MalformedRequestTests}' subject, against the real server.
 */
@IdentityIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputFuzzTests {

	static final long SEED = 20_261_205L;

	/** Cases per endpoint and caller: enough variety, a bounded run. */
	static final int CASES = 6;

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

	/** What no answer may show: Spring's conversion text, English validation defaults. */
	private static final List<String> RAW_TEXTS = List.of("Failed to convert", "typeMismatch", "must not be",
			"must match", "must be a well-formed", "size must be", "java.lang.", "Exception:");

	private static final List<String> HOSTILE = List.of("", " ", "\t\n ", "A".repeat(100_000), "\u0000", "Du\u0000pont",
			"\u202Eevil.exe", "\uD800", "\uFFFD\uFFFE", "' OR '1'='1", "1; DROP TABLE account;--",
			"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "${7*7}", "../../etc/passwd", "%00",
			"9".repeat(400), "-1", "0", "-9223372036854775809", "1e309", "NaN", "2026-02-30", "31/02/2026",
			"99999-99-99", "EMPEREUR", "null", "a@b.c", "x@y.z1", "[]", "{\"a\":1}", "\uD83D\uDE00",
			"\r\nX-Injected: 1", "00000000-0000-0000-0000-000000000000", "0x7fffffff", "é".repeat(300), LeakBait.NIR,
			LeakBait.IBAN, LeakBait.EMAIL, LeakBait.PASSWORD);

	/**
	 * Personal data among the inputs, which no log line may then show (issue 18: the
	 * log-leak test): a valid NIR and IBAN, an address, a password.
	 */
	static final class LeakBait {

		static final String NIR = "295109912611193";

		static final String IBAN = "FR76 3000 6000 0112 3456 7890 189";

		static final String EMAIL = "fuite.camille@exemple.fr";

		static final String PASSWORD = "Fuite-Mot-De-Passe-2026!";

	}

	private LogLeaks.@Nullable Recording logs;

	/**
	 * Server errors this test found that are not fixed yet, each with what it is; an
	 * entry is removed with its fix.
	 */
	private static final Map<String, String> KNOWN = Map.of();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	MatrixFixtures fixtures;

	private final Map<Caller, WebSession> signedIn = new EnumMap<>(Caller.class);

	@BeforeAll
	void createTenants() {
		fixtures = new MatrixFixtures(mvc, accounts, clock);
		logs = LogLeaks.capture();
	}

	/**
	 * After every endpoint got every input, personal data included: no log line of the
	 * run, at DEBUG for the application's loggers, shows a NIR, an IBAN, an e-mail
	 * address or a password (neither those of the inputs nor the fixtures' own).
	 */
	@AfterAll
	void noLogLineShowsPersonalData() {
		LogLeaks.Recording recording = logs;
		if (recording == null) {
			return;
		}
		List<String> leaks = new ArrayList<>();
		for (String line : recording.finish()) {
			List<String> found = LogLeaks.find(line, List.of(LeakBait.PASSWORD, TestAccounts.PASSWORD));
			if (!found.isEmpty()) {
				leaks.add(found + " in a line of " + line.substring(0, Math.max(0, line.indexOf(' '))));
			}
		}
		assertThat(leaks).as("log lines that show personal data").isEmpty();
	}

	Stream<Arguments> endpoints() {
		List<Arguments> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			if (BasicErrorController.class.isAssignableFrom(mapping.getValue().getBeanType())) {
				continue;
			}
			for (String pattern : mapping.getKey().getPatternValues()) {
				for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
					endpoints.add(Arguments.of(method.name(), pattern, mapping.getValue()));
				}
			}
		}
		endpoints.sort((a, b) -> (a.get()[1] + " " + a.get()[0]).compareTo(b.get()[1] + " " + b.get()[0]));
		return endpoints.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("endpoints")
	void noInputGivesAServerErrorOrARawMessage(String method, String pattern, HandlerMethod handler) {
		Assumptions.assumeFalse(KNOWN.containsKey(method + " " + pattern),
				() -> "known server error left for its module: " + KNOWN.get(method + " " + pattern));
		Random random = new Random(SEED ^ (method + " " + pattern).hashCode());
		Fields fields = Fields.of(handler);
		List<String> failures = new ArrayList<>();
		List<Integer> statuses = new ArrayList<>();
		for (Caller caller : callersOf(method, pattern)) {
			Map<String, String> own = new LinkedHashMap<>();
			for (int index = 0; index < CASES; index++) {
				WebSession browser = browserOf(caller);
				String uri = expand(pattern, caller, browser, own, random);
				AbstractMockHttpServletRequestBuilder<?> request = fields.request(HttpMethod.valueOf(method), uri,
						random);
				String replay = "case %d as %s: %s %s %s".formatted(index, caller, method, abbreviate(uri),
						fields.lastValues);
				try {
					MockHttpServletResponse response = browser.perform(request.with(csrf()));
					statuses.add(response.getStatus());
					check(response, failures, replay);
				}
				catch (RuntimeException ex) {
					Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
					failures.add(replay + " → exception " + cause);
				}
			}
			if (!"GET".equals(method)) {
				// A post may have signed the caller out or ended their session.
				signedIn.remove(caller);
			}
		}
		System.out.printf("fuzz %s %s %s: %s%n", method, pattern, fields, statuses);
		assertThat(failures).as("%s %s (seed %d)", method, pattern, SEED).isEmpty();
	}

	private static void check(MockHttpServletResponse response, List<String> failures, String replay)
			throws RuntimeException {
		int status = response.getStatus();
		if (status >= 500) {
			failures.add(replay + " → " + status);
			return;
		}
		String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		String shown = body + " " + Optional.ofNullable(response.getErrorMessage()).orElse("");
		RAW_TEXTS.stream()
			.filter(shown::contains)
			.findFirst()
			.ifPresent(raw -> failures.add(replay + " → " + status + " shows \"" + raw + "\""));
		String type = Optional.ofNullable(response.getContentType()).orElse("");
		if (type.startsWith("text/html") && !body.isBlank() && !body.contains("lang=\"fr\"")) {
			failures.add(replay + " → " + status + " an HTML page that is not French");
		}
	}

	/**
	 * A visitor always; and the first signed-in caller the table lets in, when the
	 * endpoint is not a visitor's.
	 */
	private static List<Caller> callersOf(String method, String pattern) {
		Optional<Row> row = AuthorizationMatrix.rows()
			.stream()
			.filter(candidate -> candidate.method().equals(method) && candidate.path().equals(pattern))
			.findFirst();
		List<Caller> callers = new ArrayList<>(List.of(Caller.ANONYMOUS));
		row.flatMap(found -> found.expectations()
			.entrySet()
			.stream()
			.filter(cell -> cell.getKey() != Caller.ANONYMOUS && cell.getValue() == Expectation.ALLOW)
			.map(Map.Entry::getKey)
			.findFirst()).ifPresent(callers::add);
		return callers;
	}

	private WebSession browserOf(Caller caller) {
		if (caller == Caller.ANONYMOUS) {
			return new WebSession(mvc);
		}
		return signedIn.computeIfAbsent(caller, fixtures::browserOf);
	}

	/**
	 * Each path variable: half the time an object of the caller's (so that the handler
	 * goes past the lookup), otherwise a hostile text, URL-encoded.
	 */
	private String expand(String pattern, Caller caller, WebSession browser, Map<String, String> own, Random random) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder uri = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = random.nextBoolean()
					? own.computeIfAbsent(name, key -> fixtures.variable(key).own().apply(caller, browser))
					: UriUtils.encodePathSegment(abbreviate(pick(HOSTILE, random), 2_000), StandardCharsets.UTF_8);
			matcher.appendReplacement(uri, Matcher.quoteReplacement(value.isEmpty() ? "%20" : value));
		}
		matcher.appendTail(uri);
		return uri.toString();
	}

	static String abbreviate(Object text) {
		String value = String.valueOf(text);
		return value.length() > 120 ? value.substring(0, 60) + "…(" + value.length() + " chars)" : value;
	}

	private static String abbreviate(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

	static <T> T pick(List<T> values, Random random) {
		return values.get(random.nextInt(values.size()));
	}

	/**
	 * The fields a handler binds: name and type of each request parameter, form record
	 * component (nested records and lists as {@code dependants[0].lastName}), whether it
	 * takes files, and the record of a JSON body.
	 */
	static final class Fields {

		private final Map<String, Class<?>> fields = new LinkedHashMap<>();

		/** Optional request parameters: left out unless spoilt. */
		private final Set<String> optional = new HashSet<>();

		private boolean multipart;

		private boolean json;

		Map<String, String> lastValues = Map.of();

		static Fields of(HandlerMethod handler) {
			Fields found = new Fields();
			for (MethodParameter parameter : handler.getMethodParameters()) {
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				Class<?> type = parameter.getParameterType();
				if (parameter.hasParameterAnnotation(PathVariable.class) || type == AuthenticatedUser.class) {
					continue;
				}
				if (MultipartFile.class.isAssignableFrom(type) || isFiles(parameter.getGenericParameterType())) {
					found.multipart = true;
					continue;
				}
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				String name = param != null && !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				if (parameter.hasParameterAnnotation(RequestBody.class)) {
					found.json = true;
					found.add("", type, 0);
				}
				else if (isScalar(type) && name != null) {
					found.fields.put(name, type);
					if (param != null && !param.required() || parameter.isOptional()) {
						found.optional.add(name);
					}
				}
				else if (type.isRecord()) {
					found.add("", type, 0);
				}
			}
			return found;
		}

		private void add(String prefix, Class<?> record, int depth) {
			if (!record.isRecord() || depth > 2) {
				return;
			}
			for (RecordComponent component : record.getRecordComponents()) {
				String name = prefix + component.getName();
				Class<?> type = component.getType();
				if (MultipartFile.class.isAssignableFrom(type) || isFiles(component.getGenericType())) {
					multipart = true;
				}
				else if (isScalar(type)) {
					fields.put(name, type);
				}
				else if (Collection.class.isAssignableFrom(type)
						&& component.getGenericType() instanceof ParameterizedType list) {
					Type element = list.getActualTypeArguments()[0];
					if (element instanceof Class<?> elementType && elementType.isRecord()) {
						add(name + "[0].", elementType, depth + 1);
						add(name + "[1].", elementType, depth + 1);
					}
					else if (element instanceof Class<?> elementType && isScalar(elementType)) {
						fields.put(name + "[0]", elementType);
					}
				}
				else {
					add(name + ".", type, depth + 1);
				}
			}
		}

		private static boolean isFiles(Type type) {
			return type instanceof ParameterizedType list
					&& list.getActualTypeArguments()[0] instanceof Class<?> element
					&& MultipartFile.class.isAssignableFrom(element);
		}

		private static boolean isScalar(Class<?> type) {
			return BeanUtils.isSimpleValueType(type) || Temporal.class.isAssignableFrom(type)
					|| type.getName().endsWith("Id") || type.isEnum();
		}

		AbstractMockHttpServletRequestBuilder<?> request(HttpMethod method, String uri, Random random) {
			Map<String, String> values = new LinkedHashMap<>();
			// Every field hostile now and then; otherwise a valid form with one or two
			// fields
			// spoilt, so that the spoilt value gets past the other fields' checks.
			boolean allHostile = random.nextInt(CASES) == 0;
			List<String> names = new ArrayList<>(fields.keySet());
			Set<String> spoilt = new HashSet<>();
			for (int i = 0; i < 1 + random.nextInt(2) && !names.isEmpty(); i++) {
				spoilt.add(pick(names, random));
			}
			fields.forEach((name, type) -> {
				if (allHostile || spoilt.contains(name)) {
					values.put(name, hostile(type, random));
				}
				else if (!optional.contains(name)) {
					values.put(name, plausible(name, type, random));
				}
			});
			lastValues = new LinkedHashMap<>();
			values.forEach((name, value) -> lastValues.put(name, abbreviate(value)));
			if (json) {
				StringBuilder body = new StringBuilder("{");
				values.forEach((name, value) -> body.append(body.length() > 1 ? "," : "")
					.append('"')
					.append(name.replace("\"", ""))
					.append("\":\"")
					.append(value.replace("\\", "\\\\").replace("\"", "\\\""))
					.append('"'));
				String text = random.nextInt(4) == 0 ? pick(HOSTILE, random) : body.append('}').toString();
				return MockMvcRequestBuilders.request(method, uri)
					.contentType(MediaType.APPLICATION_JSON)
					.content(text.getBytes(StandardCharsets.UTF_8));
			}
			// A multipart form without its files: what they hold is the upload
			// inspection's.
			AbstractMockHttpServletRequestBuilder<?> request = multipart && method == HttpMethod.POST
					? MockMvcRequestBuilders.multipart(uri) : MockMvcRequestBuilders.request(method, uri);
			values.forEach((name, value) -> {
				if (random.nextInt(7) == 0) {
					request.param(name, value, pick(HOSTILE, random));
				}
				else {
					request.param(name, value);
				}
			});
			return request;
		}

		/** A hostile text, or a value of the wrong kind for the field's type. */
		private static String hostile(Class<?> type, Random random) {
			if (random.nextBoolean()) {
				return pick(HOSTILE, random);
			}
			if (type.isEnum()) {
				return pick(List.of("EMPEREUR", "mme", "M ", "0", "1", ""), random);
			}
			if (Temporal.class.isAssignableFrom(type)) {
				return pick(List.of("0000-00-00", "1899-12-31", "2026-02-30", "9999-12-31", "17/13/1980"), random);
			}
			if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
				return pick(List.of("2147483648", "3.5", "-0", "1_000", "\u0661\u0662"), random);
			}
			return pick(List.of("a@b.c", "x@y.z1", "06", "7500", "253072C07300443", "R2D2", "1980-05-17"), random);
		}

		/** A value the field takes, so that the form gets past its other checks. */
		private static String plausible(String name, Class<?> type, Random random) {
			String field = name.toLowerCase(java.util.Locale.ROOT);
			if (type.isEnum()) {
				Object[] constants = type.getEnumConstants();
				return constants[random.nextInt(constants.length)].toString();
			}
			if (Temporal.class.isAssignableFrom(type) || field.contains("date")) {
				return "1980-05-17";
			}
			if (type == Boolean.class || type == boolean.class || field.contains("consent")
					|| field.startsWith("certif")) {
				return "true";
			}
			if (Number.class.isAssignableFrom(type) || type.isPrimitive() || field.contains("index")) {
				return "0";
			}
			if (field.contains("email") || field.contains("login") || field.contains("username")) {
				return "fuzz." + random.nextInt(1_000_000) + "@example.fr";
			}
			if (field.contains("phone")) {
				return "06 12 34 56 78";
			}
			if (field.contains("postal")) {
				return "75001";
			}
			if (field.contains("nir")) {
				return "295109912611193";
			}
			if (field.contains("name")) {
				return "Dupont";
			}
			return "Bonjour, une question.";
		}

		@Override
		public String toString() {
			return fields.keySet() + (multipart ? " +files" : "") + (json ? " json" : "");
		}

	}

}
