package fr.integrance.website;

import java.util.Arrays;
import java.util.Optional;

/** The steps of the subscription request, in order, with their French paths. */
enum SubscriptionStep {

	IDENTITY("identite"), SITUATION("situation"), DEPENDANTS("ayants-droit"), PLAN("formule"), DOCUMENTS("pieces"),
	SUMMARY("recapitulatif");

	private final String slug;

	SubscriptionStep(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return slug;
	}

	public String path() {
		return "/souscription/" + slug;
	}

	/** The message key of the step's name, e.g. {@code intake.step.identity}. */
	public String labelKey() {
		return "intake.step." + name().toLowerCase(java.util.Locale.ROOT);
	}

	public int number() {
		return ordinal() + 1;
	}

	Optional<SubscriptionStep> previous() {
		return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
	}

	SubscriptionStep next() {
		return ordinal() == values().length - 1 ? this : values()[ordinal() + 1];
	}

	/**
	 * The field of this step's form that a field of the request stands for, empty when
	 * this step does not hold it: the identity and situation steps hold the subscriber's
	 * and the situation's fields, the dependants and plan steps the request's own.
	 */
	Optional<String> formField(String requestField) {
		String field = switch (this) {
			case IDENTITY -> requestField.startsWith("subscriber.") ? requestField.substring(11) : null;
			case SITUATION -> requestField.startsWith("situation.") ? requestField.substring(10) : null;
			case DEPENDANTS -> requestField.startsWith("dependants") ? requestField : null;
			case PLAN -> requestField.equals("planCode") ? requestField : null;
			case DOCUMENTS -> requestField.equals("marketingConsent") ? requestField : null;
			case SUMMARY -> null;
		};
		return Optional.ofNullable(field);
	}

	/**
	 * The first step whose form holds that field of the request; the summary for none.
	 */
	static SubscriptionStep holding(String requestField) {
		return Arrays.stream(values())
			.filter(step -> step.formField(requestField).isPresent())
			.findFirst()
			.orElse(SUMMARY);
	}

	static Optional<SubscriptionStep> ofSlug(String slug) {
		return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
	}

}
