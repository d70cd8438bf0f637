package fr.integrance.website.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import fr.integrance.privacy.Register;

/**
 * The register as the Art. 30 record (CSV, one row per processing activity) and as W3C
 * DPV JSON-LD (https://w3id.org/dpv#), for the DPO, auditors and machine readers.
 */
@Component
class RegisterExports {

	static final String DPV = "https://w3id.org/dpv#";
	static final String EU_GDPR = "https://w3id.org/dpv/legal/eu/gdpr#";

	static final List<String> ART30_HEADER = List.of("channel", "purpose_id", "purpose", "controller",
			"controller_siren", "controller_address", "dpo_email", "dpo_address", "data_subject_categories",
			"data_categories", "legal_bases", "recipients", "transfers_and_safeguards", "retention",
			"security_measures");

	/**
	 * The Art. 30(1) record: controller and DPO contacts, then one row per processing
	 * activity.
	 */
	String art30Csv(Register register) {
		StringBuilder csv = new StringBuilder(Csv.row(ART30_HEADER));
		Register.Controller controller = register.controller();
		String controllerAddress = String.join(", ", controller.address());
		String dpoAddress = String.join(", ", register.dpo().address());
		String storage = register.transfers() == null ? "" : register.transfers().storage();
		String security = register.security() == null ? ""
				: register.security().measures().stream().map(Register.Text::text).collect(Collectors.joining("; "));
		for (Register.Purpose purpose : register.purposes()) {
			String channel = register.channel(purpose.channel()).map(Register.Channel::label).orElse(purpose.channel());
			String transfers = storage + (purpose.transferSafeguards().isEmpty() ? ""
					: " Hors EEE : " + labels(purpose.transferSafeguards(), register::transferSafeguard,
							s -> s.label() + " (RGPD art. " + s.article() + ")"));
			String securityForChannel = register.security() == null ? security
					: security + register.security()
						.channelSpecifics()
						.stream()
						.filter(s -> s.channel().equals(purpose.channel()))
						.map(s -> "; " + s.text())
						.collect(Collectors.joining());
			csv.append(
					Csv.row(List.of(channel, purpose.id(), purpose.label(), controller.name(),
							controller.sirenFormatted(), controllerAddress, register.dpo().email(), dpoAddress,
							labels(purpose.dataSubjects(), register::dataSubject, Register.DataSubjectCategory::label),
							labels(purpose.dataCategories(), register::dataCategory, Register.DataCategory::label),
							labels(purpose.legalBases(), register::legalBasis,
									b -> b.label() + " (RGPD art. " + b.article() + ")"),
							labels(purpose.recipients(), register::recipient, Register.Recipient::label),
							transfers.trim(), labels(purpose.retention(), register::retentionRule, r -> r.label() + " ["
									+ r.duration() + " from " + r.trigger() + ", then " + r.endAction() + "]"),
							securityForChannel)));
		}
		return csv.toString();
	}

	/**
	 * The register as JSON-LD using DPV terms, with the context inline (no remote fetch
	 * needed).
	 */
	Map<String, Object> dpvJsonLd(Register register, String base) {
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("dpv", DPV);
		context.put("eu-gdpr", EU_GDPR);
		context.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
		context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
		context.put("dpv:hasDuration", Map.of("@type", "xsd:duration"));
		context.put("@base", base);

		Map<String, Object> controller = new LinkedHashMap<>();
		controller.put("@id", "#controller");
		controller.put("@type", "dpv:DataController");
		controller.put("dpv:hasName", register.controller().name());
		controller.put("dpv:hasIdentifier", "SIREN " + register.controller().siren());
		controller.put("dpv:hasAddress", String.join(", ", register.controller().address()));
		Map<String, Object> dpo = new LinkedHashMap<>();
		dpo.put("@id", "#dpo");
		dpo.put("@type", "dpv:DataProtectionOfficer");
		dpo.put("dpv:hasContact", "mailto:" + register.dpo().email());
		dpo.put("dpv:hasAddress", String.join(", ", register.dpo().address()));
		controller.put("dpv:hasDataProtectionOfficer", Map.of("@id", "#dpo"));

		List<Object> graph = new ArrayList<>();
		graph.add(controller);
		graph.add(dpo);
		Map<String, Object> authority = new LinkedHashMap<>();
		authority.put("@id", "#authority");
		authority.put("@type", "dpv:DataProtectionAuthority");
		authority.put("dpv:hasName", register.authority().name());
		authority.put("dpv:hasAddress", String.join(", ", register.authority().address()));
		graph.add(authority);
		for (Register.DataCategory category : register.dataCategories()) {
			graph.add(node("#data-" + category.id(), types("dpv:PersonalData", category.dpv()), category.label(),
					category.labelEn()));
		}
		for (Register.DataSubjectCategory subject : register.dataSubjects()) {
			graph.add(node("#subject-" + subject.id(), types("dpv:DataSubject", subject.dpv()), subject.label(),
					subject.labelEn()));
		}
		for (Register.Recipient recipient : register.recipients()) {
			String kind = switch (recipient.kind()) {
				case "processor" -> "dpv:DataProcessor";
				case "authority" -> "dpv:Authority";
				default -> "dpv:ThirdParty";
			};
			graph.add(node("#recipient-" + recipient.id(), List.of("dpv:Recipient", kind), recipient.label(),
					recipient.labelEn()));
		}
		for (Register.Purpose purpose : register.purposes()) {
			Map<String, Object> activity = node("#processing-" + purpose.id(), List.of("dpv:PersonalDataHandling"),
					purpose.label(), purpose.labelEn());
			activity.put("dpv:hasDataController", Map.of("@id", "#controller"));
			activity.put("dpv:hasPurpose", node("#purpose-" + purpose.id(), types("dpv:Purpose", purpose.dpv()),
					purpose.label(), purpose.labelEn()));
			activity.put("dpv:hasLegalBasis",
					purpose.legalBases()
						.stream()
						.flatMap(id -> register.legalBasis(id).stream())
						.map(b -> Map.of("@id", "dpv:" + b.dpv()))
						.toList());
			activity.put("dpv:hasPersonalData",
					purpose.dataCategories().stream().map(id -> Map.of("@id", "#data-" + id)).toList());
			activity.put("dpv:hasDataSubject",
					purpose.dataSubjects().stream().map(id -> Map.of("@id", "#subject-" + id)).toList());
			activity.put("dpv:hasRecipient",
					purpose.recipients().stream().map(id -> Map.of("@id", "#recipient-" + id)).toList());
			activity.put("dpv:hasStorageCondition",
					purpose.retention().stream().flatMap(id -> register.retentionRule(id).stream()).map(rule -> {
						Map<String, Object> duration = node("#retention-" + rule.id(), List.of("dpv:StorageDuration"),
								rule.label(), rule.labelEn());
						duration.put("dpv:hasDuration", rule.duration());
						return duration;
					}).toList());
			activity.put("dpv:hasRight",
					purpose.legalBases()
						.stream()
						.flatMap(id -> register.legalBasis(id).stream())
						.flatMap(b -> b.rights().stream())
						.distinct()
						.flatMap(id -> register.right(id).stream())
						.map(r -> Map.of("@id", "eu-gdpr:" + r.gdpr()))
						.toList());
			if (!purpose.transferSafeguards().isEmpty()) {
				activity.put("dpv:hasLegalMeasure",
						purpose.transferSafeguards()
							.stream()
							.flatMap(id -> register.transferSafeguard(id).stream())
							.map(s -> Map.of("@id", "eu-gdpr:" + s.gdpr()))
							.toList());
			}
			graph.add(activity);
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", context);
		document.put("@graph", graph);
		return document;
	}

	private static List<String> types(String base, String dpvTerm) {
		if (dpvTerm == null || dpvTerm.isBlank() || base.equals("dpv:" + dpvTerm)) {
			return List.of(base);
		}
		return List.of(base, "dpv:" + dpvTerm);
	}

	private static Map<String, Object> node(String id, List<String> types, String label, String labelEn) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@id", id);
		node.put("@type", types.size() == 1 ? types.get(0) : types);
		List<Object> labels = new ArrayList<>();
		labels.add(Map.of("@value", label, "@language", "fr"));
		if (labelEn != null && !labelEn.isBlank()) {
			labels.add(Map.of("@value", labelEn, "@language", "en"));
		}
		node.put("rdfs:label", labels);
		return node;
	}

	private static <T> String labels(List<String> ids, Function<String, java.util.Optional<T>> lookup,
			Function<T, String> label) {
		return ids.stream().map(id -> lookup.apply(id).map(label).orElse(id)).collect(Collectors.joining("; "));
	}

}
