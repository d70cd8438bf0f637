package fr.integrance.employerspace.imports;

import java.util.Map;

/** The file's column of a field that {@code AffiliateMovements} refuses. */
final class ImportColumns {

	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("contractReference", "contrat"),
			Map.entry("category", "categorie"), Map.entry("planCode", "formule"), Map.entry("startDate", "date_debut"),
			Map.entry("employmentStart", "date_entree"), Map.entry("civility", "civilite"),
			Map.entry("lastName", "nom"), Map.entry("firstNames", "prenoms"), Map.entry("birthName", "nom_naissance"),
			Map.entry("birthDate", "date_naissance"), Map.entry("nir", "nir"), Map.entry("address.line1", "adresse"),
			Map.entry("address.line2", "complement_adresse"), Map.entry("address.postalCode", "code_postal"),
			Map.entry("address.city", "ville"), Map.entry("address", "adresse"),
			Map.entry("familySituation", "situation_familiale"), Map.entry("scheme", "regime"),
			Map.entry("schemeFund", "caisse"), Map.entry("email", "courriel"), Map.entry("phone", "telephone"),
			Map.entry("bank.iban", "iban"), Map.entry("bank.bic", "bic"), Map.entry("bank", "iban"),
			Map.entry("lastDayOfEmployment", "date_fin"), Map.entry("reason", "motif"),
			Map.entry("effectiveDate", "date_effet"), Map.entry("status", "mouvement"));

	private ImportColumns() {
	}

	static String column(String field) {
		return COLUMNS.getOrDefault(field, "");
	}

}
