package fr.integrance.breaches;

/** Whether the DPO still works on the breach. */
public enum BreachStatus {

	OPEN, CLOSED

}
