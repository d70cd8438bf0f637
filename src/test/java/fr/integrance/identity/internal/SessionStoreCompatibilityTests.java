package fr.integrance.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import fr.integrance.identity.AccountId;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.Role;
import fr.integrance.organisations.OrganisationId;

/**
 * A session started before a release still reads after it: the principal written when
 * {@code OrganisationId} was identity's and the pending login when it lived in
 * {@code identity.internal.web} read under their new names, and an attribute whose class
 * is gone is dropped rather than failing every request.
 */
class SessionStoreCompatibilityTests {

	private final SessionStoreConfiguration.AttributeDeserializer deserializer = new SessionStoreConfiguration.AttributeDeserializer(
			getClass().getClassLoader());

	@Test
	void principalWrittenWithIdentitysOrganisationIdReadsWithTheOrganisationsOne() throws IOException {
		OrganisationId organisation = new OrganisationId(UUID.randomUUID());
		AuthenticatedUser user = new AuthenticatedUser(new AccountId(UUID.randomUUID()), Role.GUARDIAN_AGENT,
				organisation, null, true);
		byte[] former = renamed(serialize(user), OrganisationId.class.getName(),
				"fr.integrance.identity.OrganisationId");

		Object read = deserializer.deserialize(new ByteArrayInputStream(former));

		assertThat(read).isEqualTo(user);
		assertThat(((AuthenticatedUser) read).organisationId()).isEqualTo(organisation);
	}

	@Test
	void loginWaitingForItsSecondFactorReadsFromItsFormerPackage() throws IOException {
		AuthenticatedUser user = new AuthenticatedUser(new AccountId(UUID.randomUUID()), Role.STAFF, null, null, false);
		byte[] former = renamed(
				renamed(serialize(new PendingSecondFactor(user, PendingSecondFactor.Step.ENROLMENT)),
						PendingSecondFactor.class.getName(), "fr.integrance.identity.internal.web.PendingSecondFactor"),
				PendingSecondFactor.Step.class.getName(),
				"fr.integrance.identity.internal.web.PendingSecondFactor$Step");

		Object read = deserializer.deserialize(new ByteArrayInputStream(former));

		assertThat(read).isInstanceOf(PendingSecondFactor.class);
		assertThat(((PendingSecondFactor) read).getPrincipal()).isEqualTo(user);
		assertThat(((PendingSecondFactor) read).step()).isEqualTo(PendingSecondFactor.Step.ENROLMENT);
	}

	@Test
	void attributeWhoseClassIsGoneIsDropped() throws IOException {
		byte[] gone = renamed(serialize(new Leftover("x")), Leftover.class.getName(),
				"fr.integrance.identity.internal.RemovedLongAgoXX");

		assertThat(deserializer.deserialize(new ByteArrayInputStream(gone))).isNull();
	}

	/**
	 * The security context and the CSRF token are read once per content: the same bytes
	 * give an equal context, of its own for each read, around the one authentication; a
	 * changed context has other bytes and reads afresh.
	 */
	@Test
	void theSecurityContextIsReadOncePerContentAndEachReadGetsItsOwn() throws IOException {
		AuthenticatedUser user = new AuthenticatedUser(new AccountId(UUID.randomUUID()), Role.STAFF, null, null, false);
		SecurityContext context = new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
		byte[] bytes = serialize(context);

		SecurityContext first = (SecurityContext) deserializer.deserialize(new ByteArrayInputStream(bytes));
		SecurityContext second = (SecurityContext) deserializer.deserialize(new ByteArrayInputStream(bytes));

		assertThat(first).isNotSameAs(second).isEqualTo(second);
		assertThat(first.getAuthentication()).isSameAs(second.getAuthentication());
		assertThat(first.getAuthentication().getPrincipal()).isEqualTo(user);
		first.setAuthentication(null);
		SecurityContext third = (SecurityContext) deserializer.deserialize(new ByteArrayInputStream(bytes));
		assertThat(third.getAuthentication()).isSameAs(second.getAuthentication());
		assertThat(deserializer.kept()).isEqualTo(1);

		AuthenticatedUser other = new AuthenticatedUser(new AccountId(UUID.randomUUID()), Role.STAFF, null, null,
				false);
		SecurityContext changed = (SecurityContext) deserializer.deserialize(new ByteArrayInputStream(serialize(
				new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(other, null, List.of())))));
		assertThat(changed.getAuthentication().getPrincipal()).isEqualTo(other);
		assertThat(deserializer.kept()).isEqualTo(2);
	}

	@Test
	void theCsrfTokenIsKeptOtherAttributesAreReadAfresh() throws IOException {
		DefaultCsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "value");
		byte[] tokenBytes = serialize(token);
		Object first = deserializer.deserialize(new ByteArrayInputStream(tokenBytes));
		assertThat(deserializer.deserialize(new ByteArrayInputStream(tokenBytes))).isSameAs(first);
		assertThat(((DefaultCsrfToken) first).getToken()).isEqualTo("value");

		byte[] instant = serialize(Instant.parse("2026-12-07T10:00:00Z"));
		Object read = deserializer.deserialize(new ByteArrayInputStream(instant));
		assertThat(read).isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
		assertThat(deserializer.deserialize(new ByteArrayInputStream(instant))).isEqualTo(read);
		assertThat(deserializer.kept()).isEqualTo(1);
	}

	@Test
	void keepsABoundedNumberOfAttributes() throws IOException {
		for (int i = 0; i <= SessionStoreConfiguration.AttributeDeserializer.KEPT; i++) {
			deserializer.deserialize(new ByteArrayInputStream(serialize(new DefaultCsrfToken("h", "p", "t" + i))));
		}
		assertThat(deserializer.kept()).isLessThanOrEqualTo(SessionStoreConfiguration.AttributeDeserializer.KEPT);
	}

	record Leftover(String value) implements Serializable {
	}

	private static byte[] serialize(Object value) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		return bytes.toByteArray();
	}

	/**
	 * The stream as an earlier release wrote it: a class name (and its field type
	 * signature) replaced, as the stream encodes them (length, then modified UTF-8).
	 */
	private static byte[] renamed(byte[] stream, String from, String to) throws IOException {
		byte[] result = replace(stream, encoded(from), encoded(to));
		return replace(result, encoded("L" + from.replace('.', '/') + ";"), encoded("L" + to.replace('.', '/') + ";"));
	}

	private static byte[] encoded(String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new DataOutputStream(bytes).writeUTF(text);
		return bytes.toByteArray();
	}

	private static byte[] replace(byte[] source, byte[] from, byte[] to) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int i = 0;
		while (i < source.length) {
			if (matches(source, i, from)) {
				out.writeBytes(to);
				i += from.length;
			}
			else {
				out.write(source[i++]);
			}
		}
		return out.toByteArray();
	}

	private static boolean matches(byte[] source, int at, byte[] part) {
		if (at + part.length > source.length) {
			return false;
		}
		for (int j = 0; j < part.length; j++) {
			if (source[at + j] != part[j]) {
				return false;
			}
		}
		return true;
	}

}
