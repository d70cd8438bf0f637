package fr.integrance.breaches;

/** A line of the register's list and of the DPO home's card. */
public record BreachSummary(BreachId id, String reference, String title, BreachStatus status, RiskLevel risk,
		BreachClock clock) {

	public boolean open() {
		return status == BreachStatus.OPEN;
	}

}
