package fr.integrance.privacy;

import java.util.List;

/**
 * Every personal field an export can show, read from the entities' annotations: what a
 * communication to a recipient may choose from, category by category (the disclosure
 * module keeps to the categories the register allows the recipient).
 */
public interface PersonalFields {

	/** The exportable fields, by module, then category, then field name. */
	List<PersonalField> all();

	/**
	 * One exportable field: the module whose provider exports it, its register data
	 * category, and its name in the export's records.
	 */
	record PersonalField(String module, String category, String field) {
	}

}
