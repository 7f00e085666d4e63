// Live sums for the budget lines while typing. Only an aid: the page works without it, and the server computes the
// amounts that count when the step is saved.
(function () {
  'use strict';
  var format = new Intl.NumberFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'nb-NO');
  function tall(tekst) {
    var renset = (tekst || '').replace(/[\s\u00a0\u202f.]/g, '').replace(/(kr|,-)$/i, '');
    return /^\d{1,15}$/.test(renset) ? parseInt(renset, 10) : 0;
  }
  function kroner(belop) {
    return format.format(belop).replace(/[\u00a0\u202f,]/g, ' ') + ' kr';
  }
  function oppdater() {
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
  }
  document.addEventListener('input', function (hendelse) {
    if (hendelse.target.matches && hendelse.target.matches('input.belop')) { oppdater(); }
  });
})();
