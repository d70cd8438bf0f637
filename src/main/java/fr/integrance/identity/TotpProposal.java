package fr.integrance.identity;

/**
 * A TOTP secret proposed at enrolment, as the page shows it: in groups of four to type
 * into an authenticator app, and as a QR code.
 */
public record TotpProposal(String secret, String formattedSecret, String qrCodeDataUri) {

	@Override
	public String toString() {
		return "TotpProposal[secret=********]";
	}
}
