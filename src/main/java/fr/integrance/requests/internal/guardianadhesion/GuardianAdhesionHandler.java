package fr.integrance.requests.internal.guardianadhesion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import fr.integrance.contracts.ContractId;
import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.HealthNeeds;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.NewDependant;
import fr.integrance.contracts.NewIndividualContract;
import fr.integrance.contracts.NewRepresentation;
import fr.integrance.contracts.PlanCatalogue;
import fr.integrance.contracts.ProtectedAdultCare;
import fr.integrance.contracts.Representations;
import fr.integrance.people.BankAccountId;
import fr.integrance.people.NewPerson;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Bic;
import fr.integrance.platform.DateRange;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.platform.Iban;
import fr.integrance.platform.Nir;
import fr.integrance.platform.PersonName;
import fr.integrance.requests.Acceptance;
import fr.integrance.requests.FieldProblem;
import fr.integrance.requests.GuardianAdhesion;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.internal.RequestTypeHandler;

/**
 * The adhesion of a new protected adult, asked by a guardian organisation's agent from
 * iTutelle. A request names a plan of the catalogue, a measure whose validity ends after
 * it starts and one partner at most among the beneficiaries. Accepting it, in the
 * acceptance transaction: the adult and each beneficiary become persons (the adult with
 * the NIR), the organisation's representation of the adult under the measure is created
 * (from then on every agent of the organisation sees the adult, nobody else does), the
 * care and housing and the health needs are recorded (encrypted), the paying account is
 * added with a SEPA mandate signed by the organisation on the acceptance date, and the
 * contract is opened and activated. The sealed fields are decrypted only here.
 */
@Component
class GuardianAdhesionHandler extends RequestTypeHandler<GuardianAdhesion> {

	static final Set<DependantType> PARTNERS = EnumSet.of(DependantType.SPOUSE, DependantType.PACS_PARTNER,
			DependantType.COHABITANT);

	private final People people;

	private final IndividualContracts contracts;

	private final PlanCatalogue catalogue;

	private final Representations representations;

	private final ProtectedAdultCare care;

	private final FieldEncryption encryption;

	GuardianAdhesionHandler(People people, IndividualContracts contracts, PlanCatalogue catalogue,
			Representations representations, ProtectedAdultCare care, FieldEncryption encryption) {
		super(GuardianAdhesion.class);
		this.people = people;
		this.contracts = contracts;
		this.catalogue = catalogue;
		this.representations = representations;
		this.care = care;
		this.encryption = encryption;
	}

	@Override
	public String purposeOn(RequestChannel channel) {
		if (channel != RequestChannel.GUARDIANSPACE) {
			throw new IllegalArgumentException("A protected adult's adhesion is asked from iTutelle");
		}
		return "itutelle-adhesion-requests";
	}

	@Override
	public Acknowledgement acknowledgement() {
		return new Acknowledgement("guardianadhesion.mail.subject", "guardianadhesion.mail.received",
				"guardianadhesion.mail.next");
	}

	@Override
	public String view() {
		return "guardian-adhesion";
	}

	@Override
	protected List<FieldProblem> check(GuardianAdhesion request) {
		List<FieldProblem> problems = new ArrayList<>();
		if (catalogue.plan(request.planCode()).isEmpty()) {
			problems.add(new FieldProblem("planCode", "guardianadhesion.error.plan"));
		}
		GuardianAdhesion.Measure measure = request.measure();
		if (measure.validUntil() != null && measure.validUntil().isBefore(measure.validFrom())) {
			problems.add(new FieldProblem("measure.validUntil", "guardianadhesion.error.valid-until"));
		}
		if (measure.judgmentDate().isAfter(measure.validFrom().plusYears(1))) {
			problems.add(new FieldProblem("measure.judgmentDate", "guardianadhesion.error.judgment-date"));
		}
		boolean partner = false;
		for (int i = 0; i < request.beneficiaries().size(); i++) {
			if (PARTNERS.contains(request.beneficiaries().get(i).relationship())) {
				if (partner) {
					problems.add(new FieldProblem("beneficiaries[" + i + "].relationship",
							"intake.error.relationship.one-partner"));
				}
				partner = true;
			}
		}
		return problems;
	}

	@Override
	protected Outcome apply(GuardianAdhesion request, Acceptance acceptance, LocalDate acceptedOn) {
		GuardianAdhesion.Sealed sealed = request.sealed();
		GuardianAdhesion.Adult adult = request.adult();
		PersonId person = people.register(
				new NewPerson(PersonName.of(adult.civility(), adult.lastName(), adult.firstName(), adult.birthName()),
						adult.birthDate(), Nir.parse(sealed.open(encryption, GuardianAdhesion.Sealed.NIR)), null, null,
						adult.address(), null, null, null));
		GuardianAdhesion.Measure measure = request.measure();
		representations.create(new NewRepresentation(request.guardianOrganisation(), person, measure.type(),
				DateRange.of(measure.validFrom(), measure.validUntil()), measure.reference(), measure.court(),
				measure.judgmentDate()));
		care.record(person, request.housing(),
				HealthNeeds.decode(sealed.open(encryption, GuardianAdhesion.Sealed.HEALTH_NEEDS)));
		BankAccountId account = people.addBankAccount(person,
				Iban.parse(sealed.open(encryption, GuardianAdhesion.Sealed.IBAN)),
				Bic.parse(sealed.open(encryption, GuardianAdhesion.Sealed.BIC)),
				sealed.open(encryption, GuardianAdhesion.Sealed.HOLDER));
		people.signMandate(account, acceptedOn);
		List<NewDependant> dependants = new ArrayList<>();
		for (GuardianAdhesion.Beneficiary beneficiary : request.beneficiaries()) {
			PersonId dependant = people.register(
					NewPerson.of(PersonName.of(beneficiary.civility(), beneficiary.lastName(), beneficiary.firstName()),
							beneficiary.birthDate()));
			dependants.add(new NewDependant(dependant, beneficiary.relationship(), acceptedOn));
		}
		ContractId contract = contracts
			.open(new NewIndividualContract(person, request.planCode(), acceptedOn, dependants))
			.id();
		contracts.activate(contract);
		return new Outcome(person, contract);
	}

}
