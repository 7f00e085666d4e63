// WCAG 1.4.10 (reflow): no sideways scrolling at 320 CSS pixels, nor at 200 % zoom of a 1280 px window (640 CSS
// pixels at device scale 2). Wide tables may scroll inside their own frame (.tabell-ramme); the page may not.
import { innlogging } from '../lib/innlogging.mjs';
import { ga, lukk, nyttVindu } from '../lib/nettleser.mjs';
import { Feilliste } from '../lib/sjekk.mjs';
import { sider, stiFor } from '../sider.mjs';

const VINDUER = [
  { navn: '320 px', bredde: 320, hoyde: 640, skala: 1 },
  { navn: '200 % zoom', bredde: 640, hoyde: 400, skala: 2 },
];
const SLINGRINGSMONN = 2;

export default async function smalSkjerm({ nettleser }) {
  const feil = new Feilliste();
  for (const info of sider.filter((s) => s.smal)) {
    const tilstand = await innlogging(nettleser, info.bruker);
    let sti = null;
    for (const vindu of VINDUER) {
      const side = await nyttVindu(nettleser, { innlogging: tilstand, ...vindu });
      try {
        sti = sti ?? await stiFor(info, side);
        await ga(side, sti, info.status ?? 200);
        const bredde = await side.evaluate(() => document.scrollingElement.scrollWidth);
        if (bredde > vindu.bredde + SLINGRINGSMONN) {
          const forBrede = await side.evaluate((grense) => [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > grense && !e.closest('.tabell-ramme'))
            .slice(0, 5)
            .map((e) => `<${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className ? '.' + String(e.className).split(' ').join('.') : ''}> høyre kant ${Math.round(e.getBoundingClientRect().right)} px`),
          vindu.bredde + SLINGRINGSMONN);
          feil.legg(`${info.navn} ${sti} (${vindu.navn}): siden er ${bredde} px bred, vinduet ${vindu.bredde} px. For brede: ${forBrede.join(', ')}`);
        }
      } catch (e) {
        feil.legg(`${info.navn} (${vindu.navn}): ${e.message}`);
      } finally {
        await lukk(side);
      }
    }
  }
  feil.avslutt('Sider som må rulles sidelengs');
}
