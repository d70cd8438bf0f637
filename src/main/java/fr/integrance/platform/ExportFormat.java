package fr.integrance.platform;

/**
 * How an access or portability export shows a stored value
 * ({@link PersonalData#format()}), e.g. a NIR in its printed form rather than its
 * normalised one. Implementations have a constructor without arguments and keep no state.
 */
@FunctionalInterface
public interface ExportFormat {

	/** The exported form of {@code stored}, never called with {@code null}. */
	Object format(Object stored);

	/** The value as stored (decrypted when encrypted): the default. */
	final class AsStored implements ExportFormat {

		@Override
		public Object format(Object stored) {
			return stored;
		}

	}

}
