package fr.integrance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Roles are sets of resource:action authorities; the second factor is optional for
 * members only.
 */
class RoleTests {

	@Test
	void everyAuthorityIsResourceColonAction() {
		for (Role role : Role.values()) {
			assertThat(role.authorities(true)).allMatch(authority -> authority.matches("[a-z-]+:[a-z-]+"));
		}
	}

	@Test
	void onlyAnAdministeringGuardianAgentManagesAgents() {
		assertThat(Role.GUARDIAN_AGENT.authorities(true)).contains(Authorities.GUARDIAN_AGENTS_MANAGE);
		assertThat(Role.GUARDIAN_AGENT.authorities(false)).doesNotContain(Authorities.GUARDIAN_AGENTS_MANAGE);
		assertThat(Role.EMPLOYER_REPRESENTATIVE.authorities(true)).doesNotContain(Authorities.GUARDIAN_AGENTS_MANAGE);
	}

	@Test
	void secondFactorIsOptionalForMembersOnly() {
		for (Role role : Role.values()) {
			assertThat(role.secondFactorRequired()).as(role.name()).isEqualTo(role != Role.MEMBER);
		}
	}

	@Test
	void administratorDoesNotReachTheBackOfficeQueues() {
		// Separation of duties: administering accounts does not open the members' files.
		assertThat(Role.ADMIN.authorities(false)).doesNotContain(Authorities.BACK_OFFICE_ACCESS);
		assertThat(Role.STAFF.authorities(false)).doesNotContain(Authorities.ADMINISTRATION_ACCESS);
	}

	@Test
	void loginStepAuthoritiesBelongToNoRole() {
		for (Role role : Role.values()) {
			assertThat(role.authorities(true)).doesNotContain(Authorities.LOGIN_SECOND_FACTOR,
					Authorities.LOGIN_SECOND_FACTOR_ENROLMENT);
		}
	}

}
