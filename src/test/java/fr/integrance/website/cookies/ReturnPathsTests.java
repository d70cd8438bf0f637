package fr.integrance.website.cookies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathsTests {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/offres", "/offres?formule=2#comparaison", "/politique-de-confidentialite#cookies",
			"/chemin/%7Bavec%7D/accolades" })
	void keepsPathsOnThisSite(String path) {
		assertThat(ReturnPaths.safe(path)).isEqualTo(path);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example/", "//evil.example", "///evil.example", "/\\evil.example",
			"\\\\evil.example", "javascript:alert(1)", "offres", "/ok\r\nSet-Cookie: x=1", "/%0d%0a", "/cookies/choix",
			"http:/evil.example", " /offres", "/a b" })
	void sendsAnythingElseHome(String candidate) {
		String safe = ReturnPaths.safe(candidate);

		assertThat(safe).isIn("/", candidate);
		assertThat(safe).doesNotContain("evil").doesNotContain("\n").doesNotStartWith("//");
		if (!candidate.equals("/%0d%0a")) {
			assertThat(safe).isEqualTo("/");
		}
	}

}
