package fr.integrance.employerspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.TerminationReason;
import fr.integrance.people.FamilySituation;
import fr.integrance.people.MandatoryScheme;
import fr.integrance.platform.Civility;

/**
 * The iCollectif forms as Spring binds them: texts as typed, turned into the movement
 * records; the service checks them and its field problems go back beside the fields (the
 * form's property paths are the problems' field names).
 */
final class EmployerForms {

	/** Dependant rows offered by the enrolment form (blank ones are ignored). */
	static final int DEPENDANT_ROWS = 2;

	private EmployerForms() {
	}

	static class AddressForm {

		@Nullable String line1;

		@Nullable String line2;

		@Nullable String postalCode;

		@Nullable String city;

		@Nullable String country = "FR";

		public @Nullable String getLine1() {
			return line1;
		}

		public void setLine1(@Nullable String line1) {
			this.line1 = line1;
		}

		public @Nullable String getLine2() {
			return line2;
		}

		public void setLine2(@Nullable String line2) {
			this.line2 = line2;
		}

		public @Nullable String getPostalCode() {
			return postalCode;
		}

		public void setPostalCode(@Nullable String postalCode) {
			this.postalCode = postalCode;
		}

		public @Nullable String getCity() {
			return city;
		}

		public void setCity(@Nullable String city) {
			this.city = city;
		}

		public @Nullable String getCountry() {
			return country;
		}

		public void setCountry(@Nullable String country) {
			this.country = country;
		}

		EmployeeAddress toAddress() {
			return new EmployeeAddress(line1, line2, postalCode, city, country);
		}

	}

	static class BankForm {

		@Nullable String iban;

		@Nullable String bic;

		@Nullable String holder;

		public @Nullable String getIban() {
			return iban;
		}

		public void setIban(@Nullable String iban) {
			this.iban = iban;
		}

		public @Nullable String getBic() {
			return bic;
		}

		public void setBic(@Nullable String bic) {
			this.bic = bic;
		}

		public @Nullable String getHolder() {
			return holder;
		}

		public void setHolder(@Nullable String holder) {
			this.holder = holder;
		}

		@Nullable BankDetails toBank() {
			return blank(iban) && blank(bic) && blank(holder) ? null : new BankDetails(iban, bic, holder);
		}

	}

	static class DependantForm {

		@Nullable DependantType type;

		@Nullable Civility civility;

		@Nullable String lastName;

		@Nullable String firstNames;

		@Nullable String birthName;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		@Nullable LocalDate birthDate;

		@Nullable String nir;

		@Nullable String phone;

		public @Nullable DependantType getType() {
			return type;
		}

		public void setType(@Nullable DependantType type) {
			this.type = type;
		}

		public @Nullable Civility getCivility() {
			return civility;
		}

		public void setCivility(@Nullable Civility civility) {
			this.civility = civility;
		}

		public @Nullable String getLastName() {
			return lastName;
		}

		public void setLastName(@Nullable String lastName) {
			this.lastName = lastName;
		}

		public @Nullable String getFirstNames() {
			return firstNames;
		}

		public void setFirstNames(@Nullable String firstNames) {
			this.firstNames = firstNames;
		}

		public @Nullable String getBirthName() {
			return birthName;
		}

		public void setBirthName(@Nullable String birthName) {
			this.birthName = birthName;
		}

		public @Nullable LocalDate getBirthDate() {
			return birthDate;
		}

		public void setBirthDate(@Nullable LocalDate birthDate) {
			this.birthDate = birthDate;
		}

		public @Nullable String getNir() {
			return nir;
		}

		public void setNir(@Nullable String nir) {
			this.nir = nir;
		}

		public @Nullable String getPhone() {
			return phone;
		}

		public void setPhone(@Nullable String phone) {
			this.phone = phone;
		}

		boolean isBlank() {
			return type == null && civility == null && blank(lastName) && blank(firstNames) && blank(birthName)
					&& birthDate == null && blank(nir) && blank(phone);
		}

		DependantEnrolment toDependant() {
			return new DependantEnrolment(type, civility, lastName, firstNames, birthName, birthDate, nir, phone);
		}

	}

	/** The enrolment form ({@code /icollectif/salaries/nouveau}). */
	static class EnrolForm {

		@Nullable String contractReference;

		@Nullable String category;

		@Nullable String planCode;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		@Nullable LocalDate startDate;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		@Nullable LocalDate employmentStart;

		@Nullable Civility civility;

		@Nullable String lastName;

		@Nullable String firstNames;

		@Nullable String birthName;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		@Nullable LocalDate birthDate;

		@Nullable String nir;

		AddressForm address = new AddressForm();

		@Nullable FamilySituation familySituation;

		@Nullable MandatoryScheme scheme;

		@Nullable String schemeFund;

		@Nullable String email;

		@Nullable String phone;

		BankForm bank = new BankForm();

		List<DependantForm> dependants = new ArrayList<>();

		EnrolForm() {
			while (dependants.size() < DEPENDANT_ROWS) {
				dependants.add(new DependantForm());
			}
		}

		public @Nullable String getContractReference() {
			return contractReference;
		}

		public void setContractReference(@Nullable String contractReference) {
			this.contractReference = contractReference;
		}

		public @Nullable String getCategory() {
			return category;
		}

		public void setCategory(@Nullable String category) {
			this.category = category;
		}

		public @Nullable String getPlanCode() {
			return planCode;
		}

		public void setPlanCode(@Nullable String planCode) {
			this.planCode = planCode;
		}

		public @Nullable LocalDate getStartDate() {
			return startDate;
		}

		public void setStartDate(@Nullable LocalDate startDate) {
			this.startDate = startDate;
		}

		public @Nullable LocalDate getEmploymentStart() {
			return employmentStart;
		}

		public void setEmploymentStart(@Nullable LocalDate employmentStart) {
			this.employmentStart = employmentStart;
		}

		public @Nullable Civility getCivility() {
			return civility;
		}

		public void setCivility(@Nullable Civility civility) {
			this.civility = civility;
		}

		public @Nullable String getLastName() {
			return lastName;
		}

		public void setLastName(@Nullable String lastName) {
			this.lastName = lastName;
		}

		public @Nullable String getFirstNames() {
			return firstNames;
		}

		public void setFirstNames(@Nullable String firstNames) {
			this.firstNames = firstNames;
		}

		public @Nullable String getBirthName() {
			return birthName;
		}

		public void setBirthName(@Nullable String birthName) {
			this.birthName = birthName;
		}

		public @Nullable LocalDate getBirthDate() {
			return birthDate;
		}

		public void setBirthDate(@Nullable LocalDate birthDate) {
			this.birthDate = birthDate;
		}

		public @Nullable String getNir() {
			return nir;
		}

		public void setNir(@Nullable String nir) {
			this.nir = nir;
		}

		public AddressForm getAddress() {
			return address;
		}

		public void setAddress(AddressForm address) {
			this.address = address;
		}

		public @Nullable FamilySituation getFamilySituation() {
			return familySituation;
		}

		public void setFamilySituation(@Nullable FamilySituation familySituation) {
			this.familySituation = familySituation;
		}

		public @Nullable MandatoryScheme getScheme() {
			return scheme;
		}

		public void setScheme(@Nullable MandatoryScheme scheme) {
			this.scheme = scheme;
		}

		public @Nullable String getSchemeFund() {
			return schemeFund;
		}

		public void setSchemeFund(@Nullable String schemeFund) {
			this.schemeFund = schemeFund;
		}

		public @Nullable String getEmail() {
			return email;
		}

		public void setEmail(@Nullable String email) {
			this.email = email;
		}

		public @Nullable String getPhone() {
			return phone;
		}

		public void setPhone(@Nullable String phone) {
			this.phone = phone;
		}

		public BankForm getBank() {
			return bank;
		}

		public void setBank(BankForm bank) {
			this.bank = bank;
		}

		public List<DependantForm> getDependants() {
			return dependants;
		}

		public void setDependants(List<DependantForm> dependants) {
			this.dependants = dependants;
		}

		/** The enrolment; blank dependant rows left out (their index kept in a map). */
		Enrolment toEnrolment(List<Integer> dependantRows) {
			List<DependantEnrolment> given = new ArrayList<>();
			for (int i = 0; i < dependants.size() && i < DEPENDANT_ROWS; i++) {
				if (!dependants.get(i).isBlank()) {
					given.add(dependants.get(i).toDependant());
					dependantRows.add(i);
				}
			}
			return new Enrolment(contractReference, category, planCode, startDate, employmentStart, civility, lastName,
					firstNames, birthName, birthDate, nir, address.toAddress(), familySituation, scheme, schemeFund,
					email, phone, bank.toBank(), given);
		}

	}

	/** The termination form. */
	static class TerminateForm {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		@Nullable LocalDate lastDay;

		@Nullable TerminationReason reason;

		public @Nullable LocalDate getLastDay() {
			return lastDay;
		}

		public void setLastDay(@Nullable LocalDate lastDay) {
			this.lastDay = lastDay;
		}

		public @Nullable TerminationReason getReason() {
			return reason;
		}

		public void setReason(@Nullable TerminationReason reason) {
			this.reason = reason;
		}

	}

	/** The modification form: one kind of change per page. */
	static class ModifyForm {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		@Nullable LocalDate effectiveDate;

		AddressForm address = new AddressForm();

		@Nullable FamilySituation familySituation;

		@Nullable MandatoryScheme scheme;

		@Nullable String schemeFund;

		BankForm bank = new BankForm();

		DependantForm dependant = new DependantForm();

		@Nullable String removedDependant;

		public @Nullable LocalDate getEffectiveDate() {
			return effectiveDate;
		}

		public void setEffectiveDate(@Nullable LocalDate effectiveDate) {
			this.effectiveDate = effectiveDate;
		}

		public AddressForm getAddress() {
			return address;
		}

		public void setAddress(AddressForm address) {
			this.address = address;
		}

		public @Nullable FamilySituation getFamilySituation() {
			return familySituation;
		}

		public void setFamilySituation(@Nullable FamilySituation familySituation) {
			this.familySituation = familySituation;
		}

		public @Nullable MandatoryScheme getScheme() {
			return scheme;
		}

		public void setScheme(@Nullable MandatoryScheme scheme) {
			this.scheme = scheme;
		}

		public @Nullable String getSchemeFund() {
			return schemeFund;
		}

		public void setSchemeFund(@Nullable String schemeFund) {
			this.schemeFund = schemeFund;
		}

		public BankForm getBank() {
			return bank;
		}

		public void setBank(BankForm bank) {
			this.bank = bank;
		}

		public DependantForm getDependant() {
			return dependant;
		}

		public void setDependant(DependantForm dependant) {
			this.dependant = dependant;
		}

		public @Nullable String getRemovedDependant() {
			return removedDependant;
		}

		public void setRemovedDependant(@Nullable String removedDependant) {
			this.removedDependant = removedDependant;
		}

	}

	static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
