package fr.integrance.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.junit.jupiter.api.Test;

import fr.integrance.platform.ExportFormat;
import fr.integrance.platform.FieldContext;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.platform.PersonalData.Export;
import fr.integrance.privacy.PrivacyState;
import fr.integrance.privacy.RestrictionGround;

/**
 * What an export shows of a row, read from its annotations alone: personal fields under
 * their category by field name, decrypted as the module reads them and in their format;
 * never a secret nor a lookup key; context beside them; nothing of a parent but its
 * context.
 */
class EntityExporterTests {

	/** Encrypts as {@code table/column/row:plain}, and refuses another context. */
	static final FieldEncryption ENCRYPTION = new FieldEncryption() {

		@Override
		public String encrypt(String plaintext, FieldContext context) {
			return plaintext == null ? null : where(context) + ":" + plaintext;
		}

		@Override
		public String decrypt(String ciphertext, FieldContext context) {
			if (ciphertext == null) {
				return null;
			}
			if (!ciphertext.startsWith(where(context) + ":")) {
				throw new IllegalStateException("bound to another row, column or table");
			}
			return ciphertext.substring(where(context).length() + 1);
		}

		private String where(FieldContext context) {
			return context.table() + "/" + context.column() + "/" + context.rowId();
		}
	};

	enum Situation {

		SINGLE

	}

	static final class Shouting implements ExportFormat {

		@Override
		public Object format(Object stored) {
			return stored.toString().toUpperCase();
		}

	}

	@Table(name = "sample_person")
	static class Sample {

		@Id
		@NotPersonalData
		UUID id = UUID.fromString("6f1c2d9e-0b7a-4c55-9a51-3f1e0c7d2b10");

		@PersonalData(category = "identification")
		String lastName = "Martin";

		@PersonalData(category = "identification", export = Export.LOOKUP_KEY)
		String searchKey = "MARTIN";

		@PersonalData(category = "identification", encrypted = true, format = Shouting.class)
		@Column(name = "secret_name")
		String codeName;

		@PersonalData(category = "connection", export = Export.SECRET)
		String passwordHash = "$argon2id$…";

		@PersonalData(category = "personal-life")
		Situation situation = Situation.SINGLE;

		@PersonalData(category = "economic-financial")
		String iban;

		@NotPersonalData(value = "a plan", context = true)
		String planCode = "confort";

		@NotPersonalData
		Instant createdAt = Instant.EPOCH;

		@Embedded
		PrivacyState privacy = PrivacyState.NONE;

	}

	@Table(name = "sample_child")
	static class Child {

		@Id
		@NotPersonalData
		long id = 7;

		@NotPersonalData(value = "a date", context = true)
		LocalDate fromDate = LocalDate.of(2026, 1, 1);

		@PersonalData(category = "personal-life")
		String coveredAs = "CHILD";

	}

	static class ForeignReference {

		@Id
		@NotPersonalData
		UUID id = UUID.randomUUID();

		@NotPersonalData(context = true)
		UUID memberPersonId = UUID.randomUUID();

	}

	final EntityExporter exporter = new EntityExporter(ENCRYPTION);

	@Test
	void exportsPersonalFieldsByCategoryDecryptedAndFormattedWithTheirContext() {
		Sample row = new Sample();
		row.codeName = ENCRYPTION.encrypt("aigle", new FieldContext("sample_person", "secret_name", row.id.toString()));

		Map<String, Map<String, Object>> records = exporter.records(row, null);

		assertThat(records).containsOnlyKeys("identification", "personal-life");
		assertThat(records.get("identification")).containsExactly(Map.entry("planCode", "confort"),
				Map.entry("lastName", "Martin"), Map.entry("codeName", "AIGLE"));
		assertThat(records.get("personal-life")).containsExactly(Map.entry("planCode", "confort"),
				Map.entry("situation", "SINGLE"));
		assertThat(records.toString()).doesNotContain("argon2", "MARTIN\"", "createdAt", "restricted");
	}

	@Test
	void anEncryptedValueBoundToAnotherRowIsNeverShown() {
		Sample row = new Sample();
		row.codeName = ENCRYPTION.encrypt("aigle", new FieldContext("sample_person", "secret_name", "another-row"));

		assertThatIllegalStateException().isThrownBy(() -> exporter.records(row, null));
	}

	@Test
	void aRowWithinAParentShowsOnlyTheParentsContext() {
		Map<String, Map<String, Object>> records = exporter.records(new Child(), new Sample());

		assertThat(records).containsOnlyKeys("personal-life");
		assertThat(records.get("personal-life")).containsExactly(Map.entry("planCode", "confort"),
				Map.entry("fromDate", LocalDate.of(2026, 1, 1)), Map.entry("coveredAs", "CHILD"));
	}

	@Test
	void aReferenceToAnotherRowIsNeverContext() {
		assertThatIllegalStateException().isThrownBy(() -> exporter.records(new ForeignReference(), null))
			.withMessageContaining("memberPersonId");
	}

	@Test
	void referenceAndPrivacyStateOfARow() {
		Sample row = new Sample();

		assertThat(exporter.reference(row)).isEqualTo("sample_person#6f1c2d9e-0b7a-4c55-9a51-3f1e0c7d2b10");
		assertThat(exporter.reference(new Child())).isEqualTo("sample_child#7");
		assertThat(exporter.privacy(row)).contains(PrivacyState.NONE);
		assertThat(exporter.privacy(new Child())).isEmpty();

		exporter.privacy(row, PrivacyState.NONE.restrict(RestrictionGround.OBJECTION_PENDING));

		assertThat(row.privacy.restricted()).isTrue();
		assertThat(row.privacy.restrictionGround()).isEqualTo(RestrictionGround.OBJECTION_PENDING);
	}

}
