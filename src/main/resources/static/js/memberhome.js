/* iAdhérent : le bouton « Imprimer » de l'attestation, montré seulement quand le script tourne. */
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
});
