package fr.integrance.contracts;

/**
 * Why an employee's affiliation ends (motif de radiation). Labels under
 * {@code termination-reason.*}.
 * <p>
 * {@link #opensPortability()} follows CSS art. L911-8: cover continues free of charge
 * after « la cessation du contrat de travail, non consécutive à une faute lourde, ouvrant
 * droit à prise en charge par le régime obligatoire d'assurance chômage ». Kept simple:
 * the reasons that open unemployment rights (dismissal other than for gross misconduct,
 * economic dismissal, termination by mutual agreement, end of a fixed-term contract,
 * legitimate resignation) open portability; gross misconduct, ordinary resignation,
 * retirement, death and other reasons do not. Whether the former employee actually
 * receives unemployment benefit is checked by staff, not here.
 */
public enum TerminationReason {

	DISMISSAL(true), ECONOMIC_DISMISSAL(true), GROSS_MISCONDUCT_DISMISSAL(false), CONVENTIONAL_TERMINATION(true),
	END_OF_FIXED_TERM_CONTRACT(true), LEGITIMATE_RESIGNATION(true), RESIGNATION(false), RETIREMENT(false), DEATH(false),
	OTHER(false);

	private final boolean opensPortability;

	TerminationReason(boolean opensPortability) {
		this.opensPortability = opensPortability;
	}

	public boolean opensPortability() {
		return opensPortability;
	}

	public String messageKey() {
		return "termination-reason." + name();
	}

}
