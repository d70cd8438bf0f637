package fr.integrance.guardianspace;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.identity.AccountId;
import fr.integrance.identity.AccountSummary;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.GuardianAgents;
import fr.integrance.identity.InvitationForm;
import fr.integrance.identity.NewAccountForms;

/**
 * {@code /itutelle/agents}: a guardian organisation's administrator invites and removes
 * its agents. Every lookup is scoped to the administrator's organisation by the identity
 * module: an agent of another organisation answers 404, like a random id.
 */
@Controller
@RequiredArgsConstructor
class AgentsController {

	static final String LIST_VIEW = "guardianspace/agents";
	static final String DETAIL_VIEW = "guardianspace/agent";
	static final String FORM_VIEW = "guardianspace/agent-invitation";

	private final GuardianAgents agents;

	@GetMapping("/itutelle/agents")
	String list(AuthenticatedUser manager, Model model) {
		model.addAttribute("agents", agents.agents(manager));
		return LIST_VIEW;
	}

	@GetMapping("/itutelle/agents/invitation")
	String form(Model model) {
		model.addAttribute("agentForm", InvitationForm.empty());
		return FORM_VIEW;
	}

	@PostMapping("/itutelle/agents/invitation")
	String invite(AuthenticatedUser manager, @Valid @ModelAttribute("agentForm") InvitationForm form,
			BindingResult result, RedirectAttributes redirect) {
		return NewAccountForms.submit(result, redirect, "guardian.agent.invited",
				() -> "/itutelle/agents/" + agents.invite(manager, form.invitation()), () -> FORM_VIEW);
	}

	@GetMapping("/itutelle/agents/{agentId}")
	String detail(AuthenticatedUser manager, @PathVariable AccountId agentId, Model model) {
		AccountSummary agent = agents.agent(manager, agentId);
		model.addAttribute("agent", agent);
		model.addAttribute("self", agent.id().equals(manager.accountId()));
		return DETAIL_VIEW;
	}

	@PostMapping("/itutelle/agents/{agentId}/retrait")
	String remove(AuthenticatedUser manager, @PathVariable AccountId agentId, RedirectAttributes redirect) {
		AccountSummary agent = agents.agent(manager, agentId);
		if (agent.id().equals(manager.accountId())) {
			redirect.addFlashAttribute("error", "guardian.agent.remove.self");
			return "redirect:/itutelle/agents/" + agent.id();
		}
		agents.remove(manager, agent.id());
		redirect.addFlashAttribute("flash", "guardian.agent.removed");
		return "redirect:/itutelle/agents";
	}

}
