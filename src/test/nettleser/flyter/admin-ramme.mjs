// An administrator changes the open call's frame: without a reason the page refuses with the error beside the field
// and in the summary; with a reason the new frame and the reason appear in the frame history.
import { loggInn } from '../lib/innlogging.mjs';
import { nyttVindu } from '../lib/nettleser.mjs';
import { sjekkSiden } from '../lib/skjema.mjs';
import { Feilliste, forvent } from '../lib/sjekk.mjs';

export default async function adminEndrerRammen({ nettleser }) {
  const feil = new Feilliste();
  const side = await nyttVindu(nettleser);
  await loggInn(side, 'admin');
  await side.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Administrasjon' }).click();
  await side.waitForURL(/\/admin$/);
  await sjekkSiden(side, feil, 'administrasjon');
  await side.getByRole('link', { name: 'Utlysninger' }).first().click();
  await side.waitForURL(/\/admin\/utlysninger$/);
  await sjekkSiden(side, feil, 'utlysninger (admin)');
  // The open call, not the 2022 round: other flows read the 2022 figures.
  await side.getByRole('link', { name: /distriktskommuner 20(?!22)/ }).first().click();
  await side.waitForURL(/\/admin\/utlysninger\/\d+$/);
  await sjekkSiden(side, feil, 'utlysningen (admin)');

  await side.getByLabel('Ny ramme (hele kroner)').fill('64 000 000');
  await side.getByRole('button', { name: 'Endre rammen' }).click();
  await side.locator('.ds-error-summary').waitFor();
  forvent(await side.locator('[id="begrunnelse-feil"]').innerText() === 'Skriv hvorfor rammen endres.',
    'Rammeendring uten begrunnelse ble ikke avvist med melding ved feltet');
  await sjekkSiden(side, feil, 'rammeendring med feil', { alleSprak: false });

  await side.getByLabel('Begrunnelse').fill('Tilleggsbevilgning i revidert nasjonalbudsjett.');
  await side.getByRole('button', { name: 'Endre rammen' }).click();
  await side.waitForURL(/\/admin\/utlysninger\/\d+(\?.*)?$/);
  const historikk = (await side.locator('table[aria-labelledby="rammehistorikk"]').innerText()).replace(/\s/g, ' ');
  forvent(historikk.includes('Tilleggsbevilgning i revidert nasjonalbudsjett.'), `Historikken viser ikke begrunnelsen: ${historikk}`);
  forvent(historikk.includes('64 000 000'), `Historikken viser ikke den nye rammen: ${historikk}`);
  feil.avslutt('Rammeendring');
}
