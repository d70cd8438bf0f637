package fr.integrance.breaches;

/**
 * The likely risk to the rights and freedoms of the people concerned: none (unlikely: the
 * breach is recorded, the CNIL need not be notified, Art. 33(1)), a risk (the CNIL is
 * notified) or a high risk (the people concerned are told too, Art. 34(1)).
 */
public enum RiskLevel {

	NONE, RISK, HIGH

}
