// Formulaires de demande : amélioration progressive, le serveur vérifie tout de toute façon.
// 1. Le récapitulatif des erreurs reçoit le focus, pour être lu tout de suite.
// 2. Un fichier trop lourd, ou trop de fichiers, sont signalés avant l'envoi : au-delà de la
//    limite le serveur ne lit pas la requête et ne pourrait pas garder les autres champs.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('erreurs');
    if (summary) {
      summary.focus();
    }
    document.querySelectorAll('input[type="file"][data-max-bytes]').forEach(function (input) {
      var message = document.getElementById(input.id + '-error');
      var check = function () {
        var max = parseInt(input.getAttribute('data-max-bytes'), 10);
        var maxFiles = parseInt(input.getAttribute('data-max-files'), 10);
        var problem = '';
        if (input.files.length > maxFiles) {
          problem = input.getAttribute('data-too-many');
        }
        for (var i = 0; i < input.files.length; i++) {
          if (input.files[i].size > max) {
            problem = input.getAttribute('data-too-large');
          }
        }
        input.setCustomValidity(problem);
        if (message) {
          message.textContent = problem;
          message.classList.toggle('is-empty', problem === '');
        }
        input.setAttribute('aria-invalid', problem === '' ? 'false' : 'true');
        return problem === '';
      };
      input.addEventListener('change', check);
      if (input.form) {
        input.form.addEventListener('submit', function (event) {
          if (!check()) {
            event.preventDefault();
            input.focus();
          }
        });
      }
    });
  });
})();
