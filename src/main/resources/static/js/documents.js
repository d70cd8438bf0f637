// Espaces de documents : amélioration progressive, tout marche sans JavaScript.
// 1. La zone de dépôt (glisser-déposer, ou Entrée / Espace pour ouvrir le sélecteur) remplit
//    le champ fichier du formulaire.
// 2. Le formulaire de dépôt part par XHR pour afficher une barre de progression ; il envoie
//    tout le formulaire (jeton CSRF et clé de soumission compris). La réponse (la fiche du
//    document, ou le formulaire avec ses erreurs) remplace le contenu de la page.
(function () {
  'use strict';

  function init(root) {
    var summary = root.querySelector('.error-summary');
    if (summary) {
      summary.setAttribute('tabindex', '-1');
      summary.focus();
    }
    root.querySelectorAll('form[data-upload-form]').forEach(setUp);
  }

  function setUp(form) {
    var input = form.querySelector('[data-file-input]');
    var zone = form.querySelector('[data-drop-zone]');
    var chosen = form.querySelector('[data-drop-file]');
    var progressBox = form.querySelector('[data-upload-progress]');
    var progress = progressBox ? progressBox.querySelector('progress') : null;
    var status = form.querySelector('[data-upload-status]');
    if (!input || !zone) {
      return;
    }
    zone.hidden = false;
    var showChosen = function () {
      if (chosen) {
        chosen.textContent = input.files.length ? input.files[0].name : '';
      }
    };
    input.addEventListener('change', showChosen);
    zone.addEventListener('click', function () { input.click(); });
    zone.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') {
        event.preventDefault();
        input.click();
      }
    });
    ['dragenter', 'dragover'].forEach(function (name) {
      zone.addEventListener(name, function (event) {
        event.preventDefault();
        zone.classList.add('is-dragover');
      });
    });
    ['dragleave', 'drop'].forEach(function (name) {
      zone.addEventListener(name, function () { zone.classList.remove('is-dragover'); });
    });
    zone.addEventListener('drop', function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files && event.dataTransfer.files.length) {
        input.files = event.dataTransfer.files;
        showChosen();
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });

    form.addEventListener('submit', function (event) {
      if (!window.FormData || !window.XMLHttpRequest || !progress) {
        return;
      }
      event.preventDefault();
      var button = form.querySelector('button[type="submit"]');
      if (button) {
        button.disabled = true;
      }
      progressBox.hidden = false;
      progress.value = 0;
      say(status, status && status.getAttribute('data-sending').replace('{0}', '0'));
      var lastSaid = 0;
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.responseType = 'document';
      xhr.upload.onprogress = function (e) {
        if (e.lengthComputable) {
          var percent = Math.round(e.loaded * 100 / e.total);
          progress.value = percent;
          if (percent - lastSaid >= 25 || percent === 100) {
            lastSaid = percent;
            say(status, status.getAttribute('data-sending').replace('{0}', String(percent)));
          }
        }
      };
      xhr.onload = function () {
        var page = xhr.response;
        var main = page && page.querySelector('main');
        if (((xhr.status >= 200 && xhr.status < 300) || xhr.status === 413) && main) {
          progress.value = 100;
          var redirected = xhr.responseURL && xhr.responseURL.split('#')[0] !== form.action.split('#')[0];
          if (redirected) {
            window.history.pushState(null, '', xhr.responseURL);
          }
          document.title = page.title;
          var here = document.querySelector('main');
          here.innerHTML = main.innerHTML;
          init(here);
          var focus = here.querySelector('.error-summary') || here.querySelector('.flash-success') || here.querySelector('h1');
          if (focus) {
            focus.setAttribute('tabindex', '-1');
            focus.focus();
          }
          return;
        }
        failed();
      };
      xhr.onerror = failed;
      function failed() {
        if (button) {
          button.disabled = false;
        }
        progressBox.hidden = true;
        say(status, status.getAttribute('data-failed'));
      }
      xhr.send(new FormData(form));
    });
  }

  function say(region, text) {
    if (region && text) {
      region.textContent = text;
    }
  }

  window.addEventListener('popstate', function () { window.location.reload(); });
  document.addEventListener('DOMContentLoaded', function () {
    init(document);
  });
})();
