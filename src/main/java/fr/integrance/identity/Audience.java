package fr.integrance.identity;

/**
 * The spaces of the platform, each with its home path and the navigation fragment of the
 * page layout ({@code templates/layout/nav.html}) that its pages use.
 */
public enum Audience {

	MEMBER("/iadherent", "member"), EMPLOYER("/icollectif", "employer"), GUARDIAN("/itutelle", "guardian"),
	STAFF("/gestion", "staff"), DPO("/dpo", "dpo"), ADMINISTRATION("/gestion/admin", "admin");

	private final String homePath;

	private final String navigation;

	Audience(String homePath, String navigation) {
		this.homePath = homePath;
		this.navigation = navigation;
	}

	/** Where an account of this audience lands after signing in. */
	public String homePath() {
		return homePath;
	}

	/**
	 * Name of the layout's navigation fragment, the value of the {@code audience} model
	 * attribute.
	 */
	public String navigation() {
		return navigation;
	}

}
