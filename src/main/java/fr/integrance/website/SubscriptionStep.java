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

	static Optional<SubscriptionStep> ofSlug(String slug) {
		return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
	}

}
