package fr.integrance.contracts.internal;

import org.springframework.context.annotation.Configuration;

/** The contracts module's encrypted columns, re-encrypted after a key rotation. */
@Configuration(proxyBeanMethods = false)
class ContractsConfiguration {
}
