// Balise de démonstration, inoffensive, première partie : elle tient lieu d'une balise de mesure
// d'audience tierce déclarée pour la finalité « audience-measurement » (app.consent.tags), afin de
// vérifier qu'elle ne s'exécute qu'après consentement. Elle marque la page et dépose le cookie
// « _pk_ses » que le registre déclare pour cette finalité (30 minutes), pour vérifier qu'un retrait
// le supprime. Elle n'envoie rien nulle part.
(function () {
  "use strict";
  document.documentElement.dataset.analyticsActive = "1";
  document.cookie = "_pk_ses=demo; max-age=1800; path=/; samesite=lax";
})();
