package fr.integrance.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.support.DefaultFormattingConversionService;

/** A form rebuilt as typed: what converts is kept, what cannot is left empty. */
class TypedFormsTests {

	record Form(@Nullable Civility civility,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE,
					fallbackPatterns = "dd/MM/yyyy") @Nullable LocalDate birthDate,
			@Nullable String name, boolean consent, List<String> rows) {
	}

	@Test
	void whatConvertsIsKeptAndWhatCannotIsLeftEmpty() {
		Form typed = TypedForms.asTyped(Form.class,
				Map.of("civility", new String[] { "EMPEREUR" }, "birthDate", new String[] { "17/05/1980" }, "name",
						new String[] { "Dupont" }, "consent", new String[] { "06" }),
				new DefaultFormattingConversionService());
		assertThat(typed).isEqualTo(new Form(null, LocalDate.of(1980, 5, 17), "Dupont", false, List.of()));

		Form other = TypedForms.asTyped(Form.class, Map.of("civility", new String[] { "MME" }, "birthDate",
				new String[] { "31/02/2026" }, "consent", new String[] { "true" }),
				new DefaultFormattingConversionService());
		assertThat(other).isEqualTo(new Form(Civility.MME, null, null, true, List.of()));
	}

}
