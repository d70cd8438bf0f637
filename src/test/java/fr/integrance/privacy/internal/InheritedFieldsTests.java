package fr.integrance.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Table;

import org.junit.jupiter.api.Test;

import fr.integrance.platform.PersonalData;
import fr.integrance.privacy.PersonalRecord;
import fr.integrance.privacy.PrivacyState;
import fr.integrance.privacy.RestrictionGround;

/**
 * An entity extending {@link PersonalRecord} is read through its inherited fields: the
 * row id of the mapped superclass (not scanned as an entity: reflection only), its
 * privacy state, and its own personal fields.
 */
class InheritedFieldsTests {

	private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000042");

	@Test
	void theInheritedIdAndPrivacyStateAreFound() {
		EntityShape shape = new EntityShape(Sample.class);
		Sample sample = new Sample();

		assertThat(shape.table()).isEqualTo("sample");
		assertThat(shape.rowId(sample)).isEqualTo(ID.toString());
		assertThat(shape.fields()).extracting(EntityShape.Exported::name).containsExactly("nickname");
		assertThat(shape.privacy(sample)).contains(PrivacyState.NONE);

		shape.privacy(sample, PrivacyState.NONE.restrict(RestrictionGround.values()[0]));

		assertThat(sample.isRestricted()).isTrue();
		assertThat(sample.id()).isEqualTo(ID);
	}

	@Table(name = "sample")
	static class Sample extends PersonalRecord {

		@PersonalData(category = "identification")
		private String nickname = "Zaza";

		Sample() {
			super(ID, Instant.EPOCH);
		}

	}

}
