// Helpers for the kommune's application form: axe on a step in every language, and the receipt's reference.
import { baseUrl } from './miljo.mjs';
import { axeBrudd, beskrivBrudd } from './axe.mjs';
import { forvent } from './sjekk.mjs';

/**
 * axe on the page as it is now, and, when `alleSprak`, again after reloading it in nynorsk and English (a GET, so
 * only for pages reached by a link or a redirect). Gathers violations in `feil`.
 */
export async function sjekkSiden(side, feil, hvor, { alleSprak = true } = {}) {
  const brudd = await axeBrudd(side);
  if (brudd.length > 0) {
    feil.legg(beskrivBrudd(`${hvor} [nb]`, brudd));
  }
  if (!alleSprak) {
    return;
  }
  for (const sprak of ['nn', 'en', 'nb']) {
    await side.context().addCookies([{ name: 'sprak', value: sprak, url: baseUrl }]);
    await side.reload();
    if (sprak === 'nb') {
      break;
    }
    const lang = await side.locator('html').getAttribute('lang');
    if (lang !== sprak) {
      feil.legg(`${hvor}: <html lang="${lang}">, ventet ${sprak}`);
    }
    const bruddSprak = await axeBrudd(side);
    if (bruddSprak.length > 0) {
      feil.legg(beskrivBrudd(`${hvor} [${sprak}]`, bruddSprak));
    }
  }
}

/** The reference number on the receipt, checked for its form LV-<year>-<nnnn>. */
export async function referanse(side) {
  await side.waitForURL((url) => url.searchParams.get('sendt') === 'true');
  const tekst = (await side.locator('.referanse').innerText()).trim();
  forvent(/^LV-\d{4}-\d{4}$/.test(tekst), `Kvitteringen viser ikke et referansenummer: «${tekst}»`);
  forvent((await side.getByRole('heading', { name: 'Søknaden er sendt' }).count()) === 1, 'Kvitteringen mangler overskriften');
  return tekst;
}
