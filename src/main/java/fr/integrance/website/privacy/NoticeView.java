package fr.integrance.website.privacy;

import java.time.LocalDate;
import java.util.List;

/**
 * The privacy notice as the template reads it: the register resolved (ids replaced by
 * labels) and localised (English texts where the register gives them and the page is in
 * English).
 */
record NoticeView(String controllerName, String legalForm, String siren, List<String> controllerAddress, String website,
		String dpoTitle, String dpoEmail, List<String> dpoAddress, String authorityName, String authorityFullName,
		String complaintSite, List<String> authorityAddress, String version, LocalDate published,
		List<ChangeView> changes, List<ChannelView> channels, List<LabelledText> recipients, String storage,
		List<String> safeguards, List<RetentionView> retentionRules, List<String> securityMeasures,
		List<LabelledText> securitySpecifics, List<RightView> rights, List<String> rightHeaders,
		List<BasisRightsRow> rightsByBasis, List<CookieView> optionalCookies, List<CookieView> exemptCookies) {

	record ChangeView(String version, LocalDate date, String summary) {
	}

	record ChannelView(String id, String label, List<GroupView> collection, List<PurposeView> purposes) {
	}

	record GroupView(String intro, List<LabelledText> items) {
	}

	record PurposeView(String id, String label, List<String> dataCategories, List<String> legalBases,
			List<String> retention, List<String> recipients) {
	}

	record LabelledText(String label, String text) {
	}

	record RetentionView(String label, String trigger, String duration, String endAction) {
	}

	record RightView(String id, String label, String article, String description, List<String> cases,
			List<String> openedBy) {
	}

	record BasisRightsRow(String basis, List<Boolean> opens) {
	}

	record CookieView(String name, String vendor, String purpose, String description, String lifetime,
			String exemptReason) {
	}
}
