package fr.integrance.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Which communes each French postal code serves, from La Poste's base of postal codes
 * (ODbL, as the Base Adresse Nationale packages it; {@code reference/codes-postaux.csv}):
 * about 6,200 codes, 35,000 commune names. {@link PostalCode} checks the syntax only;
 * this says whether the code exists and the commune goes with it, for the pages where a
 * person types their own address. The base has no CEDEX codes (never a home address).
 * <p>
 * A commune matches when it is one of the code's commune names or La Poste's routing
 * label, compared without case, accents, hyphens or apostrophes, {@code St}/{@code Ste}
 * read as {@code Saint}/{@code Sainte}: « Paris » and « Paris 11e Arrondissement » both
 * match 75011. Loaded once, on first use (about 0.5 MB), then read only.
 */
public final class FrenchCommunes {

	private static final String RESOURCE = "/reference/codes-postaux.csv";

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Z0-9]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private FrenchCommunes() {
	}

	/**
	 * The communes of that postal code as La Poste names them, commune names first; empty
	 * when the code does not exist.
	 */
	public static List<String> of(PostalCode code) {
		return Holder.BY_CODE.getOrDefault(Objects.requireNonNull(code, "code").value(), List.of());
	}

	/**
	 * Checks that the postal code exists and serves that commune.
	 * @throws InvalidValueException {@code postal-code.unknown} when the code does not
	 * exist, {@code postal-address.commune.mismatch} when the commune is not one of it
	 */
	public static void check(PostalCode code, @Nullable String commune) {
		List<String> names = of(code);
		if (names.isEmpty()) {
			throw new InvalidValueException("postal-code.unknown");
		}
		String key = key(commune == null ? "" : commune);
		if (key.isEmpty() || names.stream().noneMatch(name -> key(name).equals(key))) {
			throw new InvalidValueException("postal-address.commune.mismatch");
		}
	}

	/** Whether {@link #check} would accept them. */
	public static boolean matches(PostalCode code, @Nullable String commune) {
		try {
			check(code, commune);
			return true;
		}
		catch (InvalidValueException e) {
			return false;
		}
	}

	/** Upper case, without accents or punctuation, Saint and Sainte written out. */
	static String key(String name) {
		String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
		String words = NOT_ALPHANUMERIC.matcher(plain.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
		return (" " + words + " ").replace(" ST ", " SAINT ").replace(" STE ", " SAINTE ").strip();
	}

	/** The base, read on first use (the JVM guarantees a single, safe initialisation). */
	private static final class Holder {

		static final Map<String, List<String>> BY_CODE = load();

		private static Map<String, List<String>> load() {
			Map<String, List<String>> byCode = new HashMap<>(8192);
			try (InputStream in = FrenchCommunes.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("Missing " + RESOURCE);
				}
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					int separator = line.indexOf(';');
					if (line.startsWith("#") || separator < 0) {
						continue;
					}
					byCode.put(line.substring(0, separator), List.of(line.substring(separator + 1).split("\\|")));
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return Map.copyOf(byCode);
		}

	}

}
