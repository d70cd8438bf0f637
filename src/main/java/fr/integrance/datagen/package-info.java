/**
 * Data generator: fills a database with fake but well-formed people (checksum-valid NIRs
 * and IBANs), individual contracts with dependants, employers with group contracts and
 * affiliates, guardian organisations with the protected adults they represent, and open
 * request cases — small for the demo, a million people for the benchmarks
 * ({@code BENCHMARKS.md}).
 * <p>
 * It writes with JDBC batches rather than through the modules' services (a million rows
 * one aggregate at a time would take an hour), so it knows the tables of {@code people},
 * {@code contracts}, {@code requests} and {@code identity}; the payloads it stores are
 * built from the public records of those modules so that a schema change breaks its
 * compilation or its test, not the pages. Its beans exist only under the {@code datagen}
 * profile, which {@code embedded} includes (the demo's generated crowd) and which
 * {@code prod} refuses to start with.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Générateur de données fictives",
		allowedDependencies = { "platform", "people", "contracts", "requests" })
@org.jspecify.annotations.NullMarked
package fr.integrance.datagen;
