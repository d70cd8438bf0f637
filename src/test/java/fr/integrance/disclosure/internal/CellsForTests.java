package fr.integrance.disclosure.internal;

/** The disclosure module's cell writing, for its tests in the module's top package. */
public final class CellsForTests {

	private CellsForTests() {
	}

	public static String cell(Object value) {
		return JpaDisclosures.cell(value);
	}

}
