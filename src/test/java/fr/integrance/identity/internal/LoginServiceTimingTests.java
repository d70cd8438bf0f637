package fr.integrance.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.integrance.identity.Role;
import fr.integrance.identity.internal.LoginService.PasswordOutcome;

/**
 * No enumeration by timing: every password attempt verifies exactly one Argon2 hash,
 * whether the login is unknown, the password wrong, or the account locked, delayed or
 * disabled.
 */
class LoginServiceTimingTests {

	private final Instant now = Instant.parse("2026-03-01T10:00:00Z");

	private final Accounts accounts = mock(Accounts.class);

	private final PasswordHasher hasher = mock(PasswordHasher.class);

	private final IdentityProperties properties = new IdentityProperties(null, null, null, null, null);

	private final LoginThrottles throttles = mock(LoginThrottles.class);

	private final LoginService logins = new LoginService(accounts, throttles, mock(AccountTokens.class),
			mock(RecoveryCodes.class), hasher, new Totp(), mock(SecurityJournal.class), mock(IdentityMails.class),
			properties, Clock.fixed(now, ZoneOffset.UTC), mock(fr.integrance.platform.FieldEncryption.class));

	@BeforeEach
	void openThrottles() {
		when(throttles.gate(any(), anyString(), any())).thenReturn(LoginThrottles.Gate.OPEN);
		when(throttles.accountFailed(any(), anyString(), anyBoolean(), any()))
			.thenReturn(new LoginThrottles.Failure(false, false));
	}

	@Test
	void unknownLoginStillVerifiesOneHash() {
		when(accounts.findByLoginForUpdate(anyString())).thenReturn(Optional.empty());

		assertThat(logins.checkPassword("nobody@example.fr", "Secret-123456!", "127.0.0.1"))
			.isInstanceOf(PasswordOutcome.Failed.class);

		verify(hasher, times(1)).verifyNothing("Secret-123456!");
	}

	@Test
	void lockedAccountStillVerifiesOneHash() {
		Account account = member();
		when(throttles.gate(any(), anyString(), any())).thenReturn(LoginThrottles.Gate.LOCKED);
		when(accounts.findByLoginForUpdate(anyString())).thenReturn(Optional.of(account));

		assertThat(logins.checkPassword("member@example.fr", "Secret-123456!", "127.0.0.1"))
			.isInstanceOf(PasswordOutcome.Failed.class);

		verify(hasher, times(1)).matches(anyString(), any());
	}

	@Test
	void disabledAccountStillVerifiesOneHash() {
		Account account = member();
		account.disable(now);
		when(accounts.findByLoginForUpdate(anyString())).thenReturn(Optional.of(account));
		when(hasher.matches(anyString(), any())).thenReturn(true);

		assertThat(logins.checkPassword("member@example.fr", "Secret-123456!", "127.0.0.1"))
			.isInstanceOf(PasswordOutcome.Failed.class);

		verify(hasher, times(1)).matches(anyString(), any());
	}

	@Test
	void overlongPasswordStillVerifiesOneHashOfBoundedSize() {
		when(accounts.findByLoginForUpdate(anyString())).thenReturn(Optional.of(member()));

		assertThat(logins.checkPassword("member@example.fr", "x".repeat(100_000), "127.0.0.1"))
			.isInstanceOf(PasswordOutcome.Failed.class);

		verify(hasher, times(1)).verifyNothing("x".repeat(128));
	}

	private Account member() {
		return Account.active("member@example.fr", "Member", Role.MEMBER, null, false, null, "$argon2id$hash", now);
	}

}
