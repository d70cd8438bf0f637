// Consentement (amélioration progressive : tout fonctionne sans ce script).
// Après un refus ou un retrait, le serveur expire lui-même les cookies concernés sur ce site ; une
// balise a pu en déposer une copie sur un domaine parent (ex. ".integrance.fr"), que seul le
// navigateur peut effacer. La page liste leurs noms dans data-consent-expired-cookies.
(function () {
  "use strict";
  function expireEverywhere(name) {
    var parts = window.location.hostname.split(".");
    var domains = [""];
    for (var i = 0; i < parts.length - 1; i++) {
      domains.push("; domain=" + parts.slice(i).join("."));
    }
    domains.forEach(function (domain) {
      document.cookie = name + "=; max-age=0; path=/" + domain;
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-consent-expired-cookies]").forEach(function (holder) {
      holder.getAttribute("data-consent-expired-cookies").split(" ").forEach(function (name) {
        if (/^[A-Za-z0-9_.\-]+$/.test(name)) {
          expireEverywhere(name);
        }
      });
    });
  });
})();
