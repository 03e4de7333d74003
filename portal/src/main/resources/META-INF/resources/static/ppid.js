// The PPID request form, made easier with JavaScript (the form works without it; the API stays the authority):
// a NIK is checked as it is typed (16 digits, digits 7-12 a date of birth) with a polite spoken message, and the
// fields that do not apply (a person's NIK for an organisation, the copy's form when only viewing) are hidden; the
// summary of a refused form (request or objection) takes the focus.
(function () {
  'use strict';
  // a form that came back refused: its summary is read first
  var summary = document.getElementById('kesalahan');
  if (summary) {
    summary.focus();
  }
  var form = document.getElementById('permohonan');
  if (!form) {
    return;
  }
  var texts = form.dataset;

  function isDate(day, month, year) {
    var d = new Date(year, month - 1, day);
    return d.getFullYear() === year && d.getMonth() === month - 1 && d.getDate() === day;
  }

  // The message for a NIK as typed so far, or '' while there is nothing to say yet.
  function nikMessage(value, finished) {
    var nik = value.replace(/[\s.-]/g, '');
    if (nik === '') {
      return '';
    }
    if (!/^[0-9]+$/.test(nik)) {
      return texts.nikDigits;
    }
    if (nik.length < 16) {
      return finished ? texts.nikShort.replace('{n}', nik.length) : '';
    }
    if (nik.length > 16) {
      return texts.nikLong.replace('{n}', nik.length);
    }
    var day = parseInt(nik.substring(6, 8), 10);
    var month = parseInt(nik.substring(8, 10), 10);
    var year = parseInt(nik.substring(10, 12), 10);
    if (day > 40) {
      day -= 40;
    }
    if (!isDate(day, month, 1900 + year) && !isDate(day, month, 2000 + year)) {
      return texts.nikDate;
    }
    return texts.nikOk;
  }

  ['applicant.nik', 'representative.nik'].forEach(function (name) {
    var input = document.getElementById('f-' + name);
    if (!input) {
      return;
    }
    var live = document.createElement('p');
    live.id = 'c-' + name;
    live.className = 'check';
    live.setAttribute('aria-live', 'polite');
    input.insertAdjacentElement('afterend', live);
    var described = input.getAttribute('aria-describedby');
    input.setAttribute('aria-describedby', (described ? described + ' ' : '') + live.id);
    function show(finished) {
      var message = nikMessage(input.value, finished);
      if (message !== live.textContent) {
        live.textContent = message;
      }
      live.classList.toggle('ok', message === texts.nikOk);
    }
    input.addEventListener('input', function () { show(false); });
    input.addEventListener('change', function () { show(true); });
  });

  // Shows the parts marked data-for-<group>="VALUE" only when the radio group's choice is VALUE (all while none).
  function toggle(radioName, attribute) {
    var radios = form.querySelectorAll('input[type=radio][name="' + radioName + '"]');
    function apply() {
      var chosen = form.querySelector('input[type=radio][name="' + radioName + '"]:checked');
      form.querySelectorAll('[' + attribute + ']').forEach(function (part) {
        part.hidden = chosen !== null && part.getAttribute(attribute) !== chosen.value;
      });
    }
    radios.forEach(function (radio) { radio.addEventListener('change', apply); });
    apply();
  }
  toggle('applicant.type', 'data-for-type');
  toggle('obtainMethod', 'data-for-obtain');
}());
