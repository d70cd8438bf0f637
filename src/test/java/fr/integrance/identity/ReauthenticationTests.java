package fr.integrance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

import fr.integrance.identity.Reauthentication.Outcome;
import fr.integrance.identity.Reauthentication.Proof;
import fr.integrance.testsupport.MutableClock;

/**
 * {@link Reauthentication}: recent within ten minutes of the sign-in or of the last
 * proof; the password for an account without a second factor, only a TOTP code (never
 * twice the same) for one with; wrong secrets lock like failed logins.
 */
@IdentityIntegrationTest
class ReauthenticationTests {

	/** The session attribute identity sets at the password step. */
	static final String AUTHENTICATED_AT = "identity.authenticatedAt";

	@Autowired
	Reauthentication reauthentication;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void now() {
		clock.set(Instant.parse("2026-03-10T09:00:00Z"));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	static AuthenticatedUser user(TestAccounts.Created account) {
		return new AuthenticatedUser(account.id(), account.role(), null, null, false);
	}

	MockHttpServletRequest signedInAgo(Duration ago) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		// a source of its own: the failures here must not throttle the other tests'
		// sign-ins from 127.0.0.1
		request.setRemoteAddr("10.13." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
		request.getSession(true).setAttribute(AUTHENTICATED_AT, clock.instant().minus(ago));
		return request;
	}

	@Test
	void recentWithinTenMinutesOfTheSignInOrOfTheLastProof() {
		TestAccounts.Created account = accounts.account(Role.MEMBER);
		assertThat(reauthentication.recent(signedInAgo(Duration.ofMinutes(9)))).isTrue();
		MockHttpServletRequest later = signedInAgo(Duration.ofMinutes(11));
		assertThat(reauthentication.recent(later)).isFalse();
		assertThat(reauthentication.recent(new MockHttpServletRequest())).isFalse();

		assertThat(reauthentication.proof(user(account))).isEqualTo(Proof.PASSWORD);
		assertThat(reauthentication.confirm(user(account), "wrong-Password-123", later)).isEqualTo(Outcome.REJECTED);
		assertThat(reauthentication.recent(later)).isFalse();
		assertThat(reauthentication.confirm(user(account), TestAccounts.PASSWORD, later)).isEqualTo(Outcome.CONFIRMED);
		assertThat(reauthentication.recent(later)).isTrue();
		clock.advance(Duration.ofMinutes(11));
		assertThat(reauthentication.recent(later)).isFalse();
	}

	@Test
	void anAccountWithASecondFactorConfirmsWithACodeNeverTwiceTheSame() {
		TestAccounts.Created account = accounts.account(Role.MEMBER, null, false, true);
		MockHttpServletRequest request = signedInAgo(Duration.ofMinutes(30));
		assertThat(reauthentication.proof(user(account))).isEqualTo(Proof.TOTP);
		assertThat(reauthentication.confirm(user(account), TestAccounts.PASSWORD, request)).isEqualTo(Outcome.REJECTED);
		String code = accounts.currentCode();
		assertThat(reauthentication.confirm(user(account), code, request)).isEqualTo(Outcome.CONFIRMED);
		MockHttpServletRequest other = signedInAgo(Duration.ofMinutes(30));
		assertThat(reauthentication.confirm(user(account), code, other)).isEqualTo(Outcome.REJECTED);
	}

	@Test
	void wrongPasswordsLockLikeFailedLogins() {
		TestAccounts.Created account = accounts.account(Role.MEMBER);
		MockHttpServletRequest request = signedInAgo(Duration.ofMinutes(30));
		Outcome outcome = Outcome.REJECTED;
		for (int attempt = 0; attempt < 30 && outcome == Outcome.REJECTED; attempt++) {
			outcome = reauthentication.confirm(user(account), "wrong-Password-" + attempt, request);
		}
		assertThat(outcome).isEqualTo(Outcome.LOCKED_OUT);
		assertThat(reauthentication.confirm(user(account), TestAccounts.PASSWORD, request))
			.isEqualTo(Outcome.LOCKED_OUT);
	}

}
