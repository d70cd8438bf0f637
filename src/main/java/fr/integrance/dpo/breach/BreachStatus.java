package fr.integrance.dpo.breach;

/** Whether the DPO still works on the breach. */
public enum BreachStatus {

	OPEN, CLOSED

}
