package fr.integrance.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Implemented by a module that keeps a data subject's files (the documents module: the
 * subject's document space), so that the access export archive (GDPR Art. 15(3)) carries
 * the files themselves beside the rows that describe them. Implementations are Spring
 * beans; the rights module calls them all.
 */
public interface SubjectFiles {

	/** The module's name, e.g. {@code documents}. */
	String module();

	/**
	 * The subject's files, current versions only, in the module's order; empty when it
	 * keeps none. Never another person's file.
	 */
	List<SubjectFile> files(DataSubjectRef subject);

	/**
	 * Writes the plain content of one of the files listed by {@link #files}, streamed
	 * (never the whole file in memory); does not close the stream.
	 * @throws IOException when the content cannot be read or was crypto-shredded
	 */
	void copy(SubjectFile file, OutputStream out) throws IOException;

}
