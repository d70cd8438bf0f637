package fr.integrance.disclosure;

import java.util.Objects;

/**
 * A field a disclosure asks for, as the modules' exports name it: the module, the
 * register data category the field belongs to, and its name, e.g.
 * {@code people / identification / lastName}.
 */
public record FieldRef(String module, String category, String field) {

	public FieldRef {
		Objects.requireNonNull(module, "module");
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(field, "field");
	}

	/** {@code module.field}: the column's header in the file sent. */
	public String header() {
		return module + "." + field;
	}

}
