// The console's little script. Everything works without it (links and plain forms); with it:
// - a <section data-part="/console/..."> loads that part of the page (a module's fragment) in place of its link;
// - a form with data-confirm asks before it is sent;
// - a form with data-auto is sent as soon as one of its controls changes (the time-travel control).
(function () {
  'use strict';

  function loadPart(section) {
    fetch(section.dataset.part, { headers: { 'X-Console-Fragment': '1' },
                                  credentials: 'same-origin' })
      .then(function (response) {
        if (response.redirected && response.url.indexOf('/console/login') >= 0) {
          window.location.reload(); // the session has ended: the page itself goes to the login page
          return '';
        }
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.text();
      })
      .then(function (html) {
        section.innerHTML = html;
        section.dataset.loaded = 'true';
        wire(section);
      })
      .catch(function (error) {
        section.dataset.loaded = 'failed';
        section.insertAdjacentText('beforeend', ' (could not load: ' + error.message + ')');
      });
  }

  function wire(root) {
    root.querySelectorAll('section[data-part]').forEach(loadPart);
    root.querySelectorAll('form[data-confirm]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        if (!window.confirm(form.dataset.confirm)) { event.preventDefault(); }
      });
    });
    root.querySelectorAll('form[data-auto]').forEach(function (form) {
      form.addEventListener('change', function (event) {
        if (event.target.dataset.clears) {
          var other = form.querySelector('[name="' + event.target.dataset.clears + '"]');
          if (other) { other.disabled = true; }
        }
        form.submit();
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () { wire(document); });
}());
