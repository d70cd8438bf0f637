package fr.integrance.retention;

/** Why a legal hold suspends a data subject's retention clocks. */
public enum HoldReason {

	/** Litigation (legal claims, Art. 17(3)(e)). */
	LITIGATION,
	/** A rights request of the person in progress. */
	RIGHTS_REQUEST,
	/** A decision of the DPO (e.g. a supervisory authority's inquiry). */
	DPO_DECISION,
	/** A case of the person still open. */
	OPEN_CASE

}
