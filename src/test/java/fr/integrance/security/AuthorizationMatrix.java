package fr.integrance.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The machine-readable authorization table, {@code security/authorization-matrix.csv}:
 * one row per endpoint (method and path pattern), one column per caller, each cell ALLOW,
 * DENY or LOGIN.
 */
final class AuthorizationMatrix {

	static final String RESOURCE = "/security/authorization-matrix.csv";

	/**
	 * Who calls: a visitor, or a signed-in account of each role (a guardian administrator
	 * apart).
	 */
	enum Caller {

		ANONYMOUS, MEMBER, EMPLOYER_REPRESENTATIVE, GUARDIAN_AGENT, GUARDIAN_ADMIN, STAFF, DPO, ADMIN

	}

	enum Expectation {

		ALLOW, DENY, LOGIN

	}

	/** Endpoints answered by Spring Security's filters rather than a controller. */
	static final Set<String> FILTER_ENDPOINTS = Set.of("POST /connexion", "POST /deconnexion");

	record Row(String method, String path, Map<Caller, Expectation> expectations) {

		String endpoint() {
			return method + " " + path;
		}

		boolean stateChanging() {
			return !Set.of("GET", "HEAD", "OPTIONS", "TRACE").contains(method);
		}
	}

	private AuthorizationMatrix() {
	}

	static List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(RESOURCE);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<Caller> columns = null;
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split(",", -1);
				if (columns == null) {
					columns = new ArrayList<>();
					for (int i = 2; i < cells.length; i++) {
						columns.add(Caller.valueOf(cells[i].strip()));
					}
					if (!columns.equals(List.of(Caller.values()))) {
						throw new IllegalStateException("The table's columns must be " + List.of(Caller.values()));
					}
					continue;
				}
				if (cells.length != columns.size() + 2) {
					throw new IllegalStateException("Wrong number of cells: " + line);
				}
				Map<Caller, Expectation> expectations = new EnumMap<>(Caller.class);
				for (int i = 0; i < columns.size(); i++) {
					expectations.put(columns.get(i), Expectation.valueOf(cells[i + 2].strip()));
				}
				rows.add(new Row(cells[0].strip(), cells[1].strip(), expectations));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return rows;
	}

}
