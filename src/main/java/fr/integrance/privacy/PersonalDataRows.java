package fr.integrance.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module's personal data, declared rather than written out: the module says which of
 * its rows belong to a data subject and what an erasure does to each
 * ({@link PersonalRow}); the privacy kernel does the rest, the same way for every module,
 * and {@link PersonalDataProviders} calls it beside the hand-written
 * {@link PersonalDataProvider}s.
 * <ul>
 * <li><b>Access and portability.</b> Each row is exported field by field from its
 * entity's annotations: every {@code @PersonalData} field under its register category,
 * named as the entity's field ({@code lastName}, {@code addressLine1}…), decrypted
 * through {@code FieldEncryption} when encrypted (bound to the entity's table, the
 * field's column and the row's id, as the module itself reads it) and shown in its
 * declared {@code format}; {@code export = SECRET} and {@code LOOKUP_KEY} fields never;
 * {@code @NotPersonalData(context = true)} fields beside them, to read them by (a plan, a
 * date, a status). A row embedding an anonymised {@link PrivacyState} exports nothing. A
 * category holding only empty values in a row is left out of it. One
 * {@link ExportSection} per category, in the order the rows and fields first name them.
 * An export never shows another person's data: only the subject's rows are exported, and
 * of a row's parent ({@link PersonalRow#within}), only its context fields.</li>
 * <li><b>Erasure.</b> Row by row, as declared: erased, anonymised, left to the module's
 * own purge, or kept under a retention rule of the register (an unknown rule id is
 * refused). Each outcome names the row as {@code table#id}.</li>
 * <li><b>Restriction.</b> Every row that embeds a {@link PrivacyState} is restricted or
 * lifted through it, and counted when its flag changed; other rows are stored only and
 * have nothing to restrict.</li>
 * </ul>
 * Implementations are Spring beans, named by {@link #module()} like the providers, and
 * find the rows in the caller's transaction (the kernel opens one: read-only for an
 * export).
 */
public interface PersonalDataRows {

	/**
	 * The module's name, e.g. {@code people}; unique among providers. By default the
	 * module the bean belongs to: the package under {@code fr.integrance} it lives in.
	 */
	default String module() {
		String[] packages = getClass().getPackageName().split("\\.");
		return packages.length > 2 ? packages[2] : getClass().getPackageName();
	}

	/**
	 * The subject's rows in this module (entities, as loaded), each with what an erasure
	 * does to it; empty when it holds nothing of theirs, and for a kind of subject or an
	 * id it does not know.
	 */
	List<PersonalRow> rows(DataSubjectRef subject);

	/**
	 * The rows of each of several subjects, as {@link #rows(DataSubjectRef)} gives them
	 * one by one (same rows, same order), keyed by subject in the order given: what the
	 * retention sweep asks for a whole batch of subjects. By default one call per
	 * subject; a module whose rows are found by a lookup overrides it to find them all in
	 * one or a few statements. Every subject's rows are loaded before any is erased, so
	 * an erasure must not count on an entity of the module staying managed (find it
	 * again, or act by its id).
	 */
	default Map<DataSubjectRef, List<PersonalRow>> rowsOfEach(List<DataSubjectRef> subjects) {
		Map<DataSubjectRef, List<PersonalRow>> rows = new LinkedHashMap<>();
		for (DataSubjectRef subject : subjects) {
			rows.computeIfAbsent(subject, this::rows);
		}
		return rows;
	}

}
