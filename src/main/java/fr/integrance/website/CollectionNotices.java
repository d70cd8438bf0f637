package fr.integrance.website;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;

/**
 * Builds the collection notice of a form from the register, so that the notice a person
 * reads next to a form is the register's entry for that processing and changes with it.
 */
@Component
@RequiredArgsConstructor
class CollectionNotices {

	private final ProcessingRegister register;

	/** The notice for a register purpose ({@code website-subscription-requests}, …). */
	CollectionNotice forPurpose(String purposeId, Locale locale) {
		Register current = register.current();
		Register.Purpose purpose = current.purposes()
			.stream()
			.filter(p -> p.id().equals(purposeId))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No purpose '" + purposeId + "' in the register"));
		List<String> retention = purpose.retention()
			.stream()
			.flatMap(id -> current.retentionRule(id).stream())
			.map(rule -> Register.text(rule.label(), rule.labelEn(), locale))
			.toList();
		List<String> recipients = purpose.recipients()
			.stream()
			.flatMap(id -> current.recipient(id).stream())
			.map(r -> Register.text(r.label(), r.labelEn(), locale))
			.toList();
		return notice(current, Register.text(purpose.label(), purpose.labelEn(), locale), purpose.legalBases(),
				recipients, retention, locale);
	}

	/**
	 * The notice for an arbitrary processing described by the caller (a label and
	 * retention text from the messages) on legal bases of the register: for the
	 * rights-request form, whose processing the register does not list yet.
	 */
	CollectionNotice forProcessing(String purposeLabel, List<String> legalBasisIds, String retention, Locale locale) {
		return notice(register.current(), purposeLabel, legalBasisIds, List.of(), List.of(retention), locale);
	}

	private static CollectionNotice notice(Register current, String purposeLabel, List<String> legalBasisIds,
			List<String> recipients, List<String> retention, Locale locale) {
		List<Register.LegalBasis> bases = legalBasisIds.stream()
			.flatMap(id -> current.legalBasis(id).stream())
			.toList();
		// The rights opened by any of the bases, in the register's order of rights.
		Set<String> opened = new LinkedHashSet<>();
		bases.forEach(basis -> opened.addAll(basis.rights()));
		List<String> rights = current.rights()
			.stream()
			.filter(right -> opened.contains(right.id()))
			.map(right -> Register.text(right.label(), right.labelEn(), locale))
			.toList();
		Register.Dpo dpo = current.dpo();
		return new CollectionNotice(current.controller().name(), purposeLabel,
				bases.stream()
					.map(b -> new CollectionNotice.Basis(Register.text(b.label(), b.labelEn(), locale), b.article()))
					.toList(),
				recipients, retention, rights, Register.text(dpo.title(), dpo.titleEn(), locale), dpo.email(),
				dpo.address(), current.authority().name(), current.authority().complaintSite());
	}

}
