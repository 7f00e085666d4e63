// Aids for the application form. Only aids: every step works without them, the server computes the amounts that count
// and checks every file again.
(function () {
  'use strict';
  var skjema = document.querySelector('form.soknadsskjema');
  if (!skjema) { return; }

  // Live sums for the budget lines while typing.
  var format = new Intl.NumberFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'nb-NO');
  function tall(tekst) {
    var renset = (tekst || '').replace(/[\s\u00a0\u202f.]/g, '').replace(/(kr|,-)$/i, '');
    return /^\d{1,15}$/.test(renset) ? parseInt(renset, 10) : 0;
  }
  function kroner(belop) {
    return format.format(belop).replace(/[\u00a0\u202f,]/g, ' ') + ' kr';
  }
  function oppdaterSummer() {
    var totalt = 0;
    document.querySelectorAll('table.budsjett').forEach(function (tabell) {
      var sum = 0;
      tabell.querySelectorAll('input.belop').forEach(function (felt) { sum += tall(felt.value); });
      var celle = tabell.querySelector('[data-sum]');
      if (celle) { celle.textContent = kroner(sum); }
      totalt += sum;
    });
    var omsokt = document.querySelector('[data-omsokt]');
    if (omsokt) { omsokt.textContent = kroner(totalt); }
    var takvarsel = document.getElementById('takvarsel');
    if (takvarsel) { takvarsel.hidden = totalt <= Number(takvarsel.dataset.tak); }
  }

  // Leaving with unsaved changes asks first. The page itself says when it shows changes not yet saved (a measure
  // added); any typing counts too; sending the form is never stopped.
  var ulagret = skjema.hasAttribute('data-ulagret');
  skjema.addEventListener('input', function (hendelse) {
    ulagret = true;
    if (hendelse.target.matches('input.belop')) { oppdaterSummer(); }
  });
  skjema.addEventListener('change', function () { ulagret = true; });
  window.addEventListener('beforeunload', function (hendelse) {
    if (ulagret) {
      hendelse.preventDefault();
      hendelse.returnValue = '';
    }
  });

  // A file that is too large or not a PDF is refused at the field before it is sent, with the server's own message.
  var fil = skjema.querySelector('input[type="file"][data-maks-bytes]');
  var melding = document.getElementById('fil-klientfeil');
  var filfeil = false;
  function visFilfeil(tekst) {
    filfeil = Boolean(tekst);
    melding.textContent = tekst || '';
    melding.hidden = !tekst;
    var beskrevet = (fil.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
      return id && id !== 'fil-klientfeil';
    });
    if (tekst) {
      beskrevet.push('fil-klientfeil');
      fil.setAttribute('aria-invalid', 'true');
    } else if (!document.getElementById('fil-feil')) {
      fil.removeAttribute('aria-invalid');
    }
    fil.setAttribute('aria-describedby', beskrevet.join(' '));
  }
  // The page's own «Velg fil» and the chosen name, in the page's language, instead of the browser's.
  var filvalg = skjema.querySelector('[data-filvalg]');
  if (fil && filvalg) {
    var filnavn = filvalg.querySelector('[data-filnavn]');
    filvalg.hidden = false;
    fil.classList.add('filfelt-skjult');
    fil.addEventListener('change', function () {
      filnavn.textContent = fil.files && fil.files[0] ? fil.files[0].name : filnavn.dataset.ingen;
    });
  }

  if (fil && melding) {
    fil.addEventListener('change', function () {
      var valgt = fil.files && fil.files[0];
      if (!valgt) { visFilfeil(null); return; }
      var pdf = valgt.type === 'application/pdf' || /\.pdf$/i.test(valgt.name);
      if (!pdf) {
        visFilfeil(fil.dataset.ikkePdf.replace('%FILNAVN%', valgt.name));
      } else if (valgt.size > Number(fil.dataset.maksBytes)) {
        visFilfeil(fil.dataset.forStor);
      } else {
        visFilfeil(null);
      }
    });
  }

  skjema.addEventListener('submit', function (hendelse) {
    if (fil && filfeil) {
      // The other fields are still saved; only the refused file stays behind.
      if (hendelse.submitter && hendelse.submitter.value === 'last-opp') {
        hendelse.preventDefault();
        fil.focus();
        return;
      }
      fil.value = '';
    }
    ulagret = false;
  });
})();
