package fr.integrance.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.UUID;

import org.junit.jupiter.api.Test;

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
