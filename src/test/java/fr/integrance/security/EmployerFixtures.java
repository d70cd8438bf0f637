package fr.integrance.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationContext;

import fr.integrance.contracts.GroupContracts;
import fr.integrance.contracts.NewGroupContract;
import fr.integrance.employerspace.EmployeeAddress;
import fr.integrance.employerspace.Enrolment;
import fr.integrance.platform.Civility;

/** An employer's group contract (created once) and an affiliate of it, for the matrix. */
final class EmployerFixtures {

	private EmployerFixtures() {
	}

	/** The document the employer sent with the affiliate's enrolment. */
	static String document(ApplicationContext context, UUID organisation, String affiliation) {
		return context.getBean(fr.integrance.employerspace.AffiliateDocuments.class)
			.of(organisation, new fr.integrance.contracts.AffiliationId(UUID.fromString(affiliation)))
			.get(0)
			.documentId()
			.toString();
	}

	/** The affiliation id of a new affiliate of {@code organisation}. */
	static String affiliate(ApplicationContext context, UUID organisation, String lastName) {
		GroupContracts contracts = context.getBean(GroupContracts.class);
		if (contracts.ofOrganisation(organisation).isEmpty()) {
			contracts.create(new NewGroupContract(organisation, List.of("essentielle"), List.of("cadres"),
					LocalDate.of(2020, 1, 1)));
		}
		LocalDate birth = LocalDate.of(1980, 4, 5);
		String first13 = "18004" + "75" + String.format(Locale.ROOT, "%03d%03d",
				ThreadLocalRandom.current().nextInt(1, 999), ThreadLocalRandom.current().nextInt(1, 999));
		String nir = first13 + String.format(Locale.ROOT, "%02d", 97 - Long.parseLong(first13) % 97);
		// With a carte Vitale attestation, for the page that downloads it again.
		return context.getBean(fr.integrance.employerspace.AffiliateDocuments.class)
			.enrol(organisation, UUID.randomUUID(),
					new Enrolment(null, "cadres", "essentielle", LocalDate.of(2024, 1, 1), null, Civility.M, lastName,
							"Jean", null, birth, nir,
							new EmployeeAddress("1 rue des Tests", null, "75001", "Paris", null), null, null, null,
							null, null, null, List.of()),
					List.of(new fr.integrance.employerspace.AffiliateDocuments.Sent(
							fr.integrance.employerspace.AffiliateDocuments.Kind.CARTE_VITALE, "attestation.pdf",
							fr.integrance.requests.TestFiles.pdf())))
			.affiliation()
			.id()
			.value()
			.toString();
	}

}
