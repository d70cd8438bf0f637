package fr.integrance.website;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The error summary follows the order of the fields on the page, rows of a list included.
 */
class ErrorLinksTests {

	@Test
	void sortsFieldPathsByRecordComponentOrderThenRowThenComponent() {
		List<String> paths = List.of("postalCode", "civility", "phone", "firstName");
		assertThat(sorted(SubscriptionForms.Identity.class, paths)).containsExactly("civility", "firstName", "phone",
				"postalCode");

		List<String> rows = List.of("dependants[1].lastName", "dependants[0].birthDate", "dependants[1].relationship",
				"dependants[0].relationship");
		assertThat(sorted(SubscriptionForms.Dependants.class, rows)).containsExactly("dependants[0].relationship",
				"dependants[0].birthDate", "dependants[1].relationship", "dependants[1].lastName");
	}

	private static List<String> sorted(Class<?> type, List<String> paths) {
		return paths.stream().sorted(Comparator.comparing(path -> ErrorLinks.position(type, path), (a, b) -> {
			for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
				int c = Integer.compare(a.get(i), b.get(i));
				if (c != 0) {
					return c;
				}
			}
			return Integer.compare(a.size(), b.size());
		})).toList();
	}

}
