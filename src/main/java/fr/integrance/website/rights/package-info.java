/**
 * The public download page of the archives of access and portability answers
 * ({@code /mes-droits/copie/{token}}), over the rights module's
 * {@link fr.integrance.rights.AnswerArchives}.
 */
@org.jspecify.annotations.NullMarked
package fr.integrance.website.rights;
