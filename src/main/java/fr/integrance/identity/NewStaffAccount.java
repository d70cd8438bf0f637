package fr.integrance.identity;

/** A staff or DPO account to create; the person receives an invitation e-mail. */
public record NewStaffAccount(Role role, String email, String displayName) {

	@Override
	public String toString() {
		return "NewStaffAccount[role=" + role + ", email=***, displayName=***]";
	}
}
