// axe-core (WCAG 2.1 A and AA) on every page type in sider.mjs, in bokmål, nynorsk and English: zero violations.
import { baseUrl } from '../lib/miljo.mjs';
import { axeBrudd, beskrivBrudd } from '../lib/axe.mjs';
import { innlogging } from '../lib/innlogging.mjs';
import { ga, lukk, nyttVindu } from '../lib/nettleser.mjs';
import { Feilliste } from '../lib/sjekk.mjs';
import { SPRAK, sider, stiFor } from '../sider.mjs';

export default async function tilgjengelighet({ nettleser }) {
  const feil = new Feilliste();
  for (const info of sider) {
    const tilstand = await innlogging(nettleser, info.bruker);
    const side = await nyttVindu(nettleser, { innlogging: tilstand });
    try {
      const sti = await stiFor(info, side);
      for (const sprak of SPRAK) {
        await side.context().addCookies([{ name: 'sprak', value: sprak, url: baseUrl }]);
        await ga(side, sti, info.status ?? 200);
        const lang = await side.locator('html').getAttribute('lang');
        if (lang !== sprak) {
          feil.legg(`${info.navn} [${sprak}]: <html lang="${lang}">, ventet ${sprak}`);
        }
        const brudd = await axeBrudd(side);
        if (brudd.length > 0) {
          feil.legg(beskrivBrudd(`${info.navn} [${sprak}] ${sti}`, brudd));
        }
      }
    } catch (e) {
      feil.legg(`${info.navn}: ${e.message}`);
    } finally {
      await lukk(side);
    }
  }
  feil.avslutt('Brudd på WCAG 2.1 A/AA (axe-core)');
}
