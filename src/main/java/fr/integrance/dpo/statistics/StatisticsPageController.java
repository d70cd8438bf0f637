package fr.integrance.dpo.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import fr.integrance.platform.BadRequestException;
import fr.integrance.statistics.AudienceFigures;

/**
 * The audience of the public site for the DPO ({@code /dpo/statistiques}): views per day
 * and the most viewed pages over the last 7, 30 or 90 days (UTC days, as summed). Each
 * figure is a table, the source of truth; {@code /js/dpo-charts.js} draws a chart from
 * the table when scripts run (Chart.js, served from its webjar).
 */
@Controller
@RequiredArgsConstructor
class StatisticsPageController {

	static final String VIEW = "dpo/statistics/statistics";

	static final List<Integer> PERIODS = List.of(7, 30, 90);

	static final int TOP_PAGES = 10;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);

	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd/MM", Locale.FRENCH);

	private final AudienceFigures figures;

	private final Clock clock;

	@ModelAttribute("audience")
	String audience() {
		return "dpo";
	}

	@GetMapping("/dpo/statistiques")
	String statistics(@RequestParam(name = "jours", defaultValue = "30") int days, Model model) {
		if (!PERIODS.contains(days)) {
			throw new BadRequestException("a period of 7, 30 or 90 days");
		}
		LocalDate last = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		LocalDate first = last.minusDays(days - 1L);
		AudienceFigures.AudienceReport report = figures.report(first, last, TOP_PAGES);
		model.addAttribute("report", report);
		model.addAttribute("days", days);
		model.addAttribute("periods", PERIODS);
		model.addAttribute("firstDay", DAY.format(first));
		model.addAttribute("lastDay", DAY.format(last));
		model.addAttribute("dayFormat", DAY);
		model.addAttribute("shortDayFormat", SHORT_DAY);
		model.addAttribute("retentionMonths", figures.rawRetention().toTotalMonths());
		return VIEW;
	}

}
