/**
 * Retention: the retention schedule computed from the register and the domain events. For
 * now it records each clock (a contract's or an affiliation's end starts « contract + 6
 * years »); enforcing them through the privacy SPI comes with the retention issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conservation",
		allowedDependencies = { "platform", "privacy", "contracts", "people" })
@org.jspecify.annotations.NullMarked
package fr.integrance.retention;
