// A kommune (Saltdal) applies with the keyboard only: Tab, typing, Space and Enter; never a click.
import { loggInn } from '../lib/innlogging.mjs';
import { nyttVindu } from '../lib/nettleser.mjs';
import { referanse } from '../lib/skjema.mjs';

export default async function kommuneMedTastatur({ nettleser }) {
  const side = await nyttVindu(nettleser);
  await loggInn(side, 'soker-saltdal');
  const trykk = (tast) => side.keyboard.press(tast);
  const skriv = (tekst) => side.keyboard.type(tekst);
  /** Tabs forward until `erMalet` holds for the focused element, as a keyboard user looks for a control. */
  async function tabTil(beskrivelse, erMalet, maks = 120) {
    for (let i = 0; i < maks; i++) {
      await trykk('Tab');
      if (await side.evaluate(erMalet)) {
        return;
      }
    }
    throw new Error(`Kom ikke til ${beskrivelse} med Tab på ${side.url()}`);
  }
  const knapp = (tekst) => new Function(`return document.activeElement && document.activeElement.textContent.trim() === ${JSON.stringify(tekst)};`);
  const felt = (id) => new Function(`return document.activeElement && document.activeElement.id === ${JSON.stringify(id)};`);
  const enter = async (venteUrl) => Promise.all([side.waitForURL(venteUrl), trykk('Enter')]);

  await tabTil('Start søknad', () => /Start søknad/.test(document.activeElement?.textContent || ''));
  await enter(/\/steg\/1$/);
  await tabTil('navnefeltet', felt('kontaktperson.navn'));
  await skriv('Ola Nordmann');
  await trykk('Tab');
  await skriv('ola@saltdal.kommune.no');
  await trykk('Tab');
  await skriv('75 68 20 00');
  // Enter in a field saves the step and stays on it.
  await enter(/\/steg\/1\?lagret=true$/);
  await tabTil('«Lagre og gå videre»', knapp('Lagre og gå videre'));
  await enter(/\/steg\/2$/);

  await tabTil('antall leger', felt('vaktbelastning.antallLeger'));
  await skriv('5');
  await trykk('Tab');
  await skriv('4');
  await trykk('Tab');
  await skriv('91');
  await trykk('Tab');
  await trykk('Space');
  await tabTil('«Lagre og gå videre»', knapp('Lagre og gå videre'));
  await enter(/\/steg\/3$/);

  await tabTil('«Legg til tiltak»', knapp('Legg til tiltak'));
  await Promise.all([side.waitForNavigation(), trykk('Enter')]);
  await tabTil('kategorien', felt('tiltak[0].kategori'));
  await trykk('ArrowDown');
  await trykk('Tab');
  await skriv('Avlastning i tung vakt');
  await trykk('Tab');
  await skriv('Vikar');
  await trykk('Tab');
  await skriv('300000');
  await tabTil('«Lagre og gå videre»', knapp('Lagre og gå videre'));
  await enter(/\/steg\/4$/);

  await tabTil('formålet', felt('formal'));
  await skriv('Avlaste legene.');
  await tabTil('«Lagre og kontroller»', knapp('Lagre og kontroller'));
  await enter(/\/mine-soknader\/\d+$/);
  await tabTil('«Send søknaden»', knapp('Send søknaden'), 200);
  await Promise.all([side.waitForNavigation(), trykk('Enter')]);
  await referanse(side);
}
