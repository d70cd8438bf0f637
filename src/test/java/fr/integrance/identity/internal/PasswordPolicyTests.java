package fr.integrance.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.integrance.identity.PasswordPolicy;
import fr.integrance.identity.PasswordProblem;

/**
 * RULES.md §4: one of the three 80-bit rules, at most 128 characters, no common password,
 * no login.
 */
class PasswordPolicyTests {

	private final PasswordBlocklist blocklist = new PasswordBlocklist();

	private final PasswordPolicy policy = new DefaultPasswordPolicy(blocklist);

	@Test
	void acceptsTwelveCharactersOfFourClasses() {
		assertThat(policy.check("Balcon!Ocre9z", null)).isEmpty();
	}

	@Test
	void acceptsFourteenCharactersOfThreeClasses() {
		assertThat(policy.check("TrombonesVerts42", null)).isEmpty();
	}

	@Test
	void acceptsExactlyFourteenCharactersOfThreeClasses() {
		assertThat(policy.check("Grimpeur4Ocre7", null)).isEmpty();
	}

	@Test
	void acceptsPassphraseOfSevenWords() {
		assertThat(policy.check("le chat de ma tante dort au soleil", null)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Tr0mbone!Ve", // 11 characters, four classes
			"trombonesverts42", // no upper case
			"TROMBONESVERTS42", // no lower case
			"un deux trois quatre cinq six", // six words
			"aa bb aa bb aa bb aa" // seven words, two different
	})
	void refusesWhatMeetsNoRule(String password) {
		assertThat(policy.check(password, null)).contains(PasswordProblem.TOO_WEAK);
	}

	@Test
	void acceptsExactly128CharactersAndRefuses129() {
		String base = "Aa1!".repeat(4) + "TrombonesVertsEtBleus";
		String exactly128 = (base + "x".repeat(128)).substring(0, 128);

		assertThat(policy.check(exactly128, null)).isEmpty();
		assertThat(policy.check(exactly128 + "y", null)).containsExactly(PasswordProblem.TOO_LONG);
	}

	@Test
	void countsCharactersNotBytes() {
		// 128 accented letters are 256 bytes in UTF-8 but 128 characters: accepted by
		// length.
		String accented = "Éléphant1!" + "é".repeat(118);

		assertThat(policy.check(accented, null)).doesNotContain(PasswordProblem.TOO_LONG);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Password123!", "P@ssw0rd2024!", "Motdepasse2025!", "Azerty123456!", "Soleil2024!!!!",
			"Marseille13013!", "Bonjour123!@#", "Qwertyuiop123!", "Aa1!Aa1!Aa1!Aa1!", "Integrance2026!",
			"m0t-de-p@sse-2026" })
	void refusesCommonPasswordsEvenWhenLongEnough(String password) {
		assertThat(policy.check(password, null)).contains(PasswordProblem.COMMON);
	}

	/**
	 * Issue 11: passwords that meet a composition rule yet are easy to guess, refused by
	 * the zxcvbn estimate.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "Ab1!éééééééé", "Passw0rd!Passw0rd", "Tr0mbone!Vert", })
	void refusesPasswordsThatMeetTheRulesButAreEasyToGuess(String password) {
		assertThat(policy.check(password, "someone@example.fr")).containsExactly(PasswordProblem.GUESSABLE);
	}

	@Test
	void demoAndTestPasswordsStayValid() {
		assertThat(policy.check("Demo-Integrance-2026", "demo.adherent@integrance.fr")).isEmpty();
		assertThat(policy.check("Correct-Horse-42-Battery", "someone@example.fr")).isEmpty();
		assertThat(policy.check("Nouveau-Mot-2-Passe!", "someone@example.fr")).isEmpty();
	}

	@Test
	void refusesPasswordContainingTheLogin() {
		assertThat(policy.check("Jean.Dupont-2026!x", "jean.dupont@exemple.fr"))
			.containsExactly(PasswordProblem.CONTAINS_LOGIN);
	}

	@Test
	void blocklistShipsThousandsOfEntries() {
		assertThat(blocklist.size()).isGreaterThan(3000);
		assertThat(blocklist.isCommon("azerty")).isTrue();
		assertThat(blocklist.isCommon("Jaimelesoleildumidi2024!")).isFalse();
	}

}
