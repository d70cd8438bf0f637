/**
 * Privacy kernel: the processing register (GDPR Art. 30) loaded from
 * {@code register/*.yml}, its validation and lint, the privacy notice and its archived
 * versions, the register exports, and the machinery through which every module exports,
 * erases and restricts one data subject's data
 * ({@link fr.integrance.privacy.PersonalDataProviders}).
 * <p>
 * <b>Adopting it in a module</b> (the machinery by construction):
 * <ol>
 * <li>Annotate every persistent field: {@code @PersonalData(category = …)} with a
 * register category, {@code encrypted = true} for a field encrypted with
 * {@code FieldEncryption} (bound to {@code new FieldContext(table, column, id)}),
 * {@code format = …} for how an export prints it, {@code export = SECRET} for a secret or
 * its digest (password hash, TOTP secret, token digest: never exported) and
 * {@code export = LOOKUP_KEY} for a blind index or search key; otherwise
 * {@code @NotPersonalData}, with {@code context = true} for what an export shows beside
 * the personal data (a plan, a date, a status; never a reference to another row).</li>
 * <li>Embed {@link fr.integrance.privacy.PrivacyState} in each entity that can be
 * restricted or anonymised ({@code @Embedded private PrivacyState privacy =
 * PrivacyState.NONE;}, columns {@code restricted}, {@code restriction_ground},
 * {@code retention_until}, {@code anonymised_at}); the kernel restricts and lifts it, the
 * module reads it for its own rules.</li>
 * <li>Write one {@link fr.integrance.privacy.PersonalDataRows} bean that says which rows
 * belong to a {@link fr.integrance.privacy.DataSubjectRef} and, for each, what an erasure
 * does ({@link fr.integrance.privacy.PersonalRow}): erasable, anonymisable, deferred to
 * the module's own purge, or kept under a retention rule id of
 * {@code register/retention.yml}, whose message {@code privacy.erasure.kept.<rule>} the
 * answer shows. Nothing else: no export map, no restriction loop, no French text.</li>
 * </ol>
 * A {@link fr.integrance.privacy.PersonalDataProvider} written by hand is still accepted
 * for what rows cannot express; the kernel serves both alike.
 * <p>
 * {@link fr.integrance.privacy.DataSubjectRef#journalRef()} is the one form in which a
 * data subject is stored outside its module (the audit journal, consent records).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vie privée (noyau)",
		allowedDependencies = { "platform" })
@org.jspecify.annotations.NullMarked
package fr.integrance.privacy;
