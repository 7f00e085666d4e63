// Payments to the bank: Røst's 2022 application is decided, sent and accepted; the caseworker makes a payment batch for
// tomorrow on «Utbetalinger» (an empty date first: the error at the field and in the summary), sees that only another
// person may approve it, and the approver approves it, downloads the pain.001 file and marks the batch sent. axe on
// every new page state.
import { akseptertTilskudd } from '../lib/saksgang.mjs';
import { sjekkSiden } from '../lib/skjema.mjs';
import { Feilliste, forvent } from '../lib/sjekk.mjs';
import { readFile } from 'node:fs/promises';

const tekst = async (lokator) => (await lokator.innerText()).replace(/\s+/g, ' ').trim();

export default async function utbetalinger({ nettleser }) {
  const feil = new Feilliste();

  const { saksbehandler, godkjenner, ref } = await akseptertTilskudd(nettleser, 'Røst', 'soker-rost');

  // The batch: Røst's award is ready; without a date the form says so at the field and in the summary.
  await saksbehandler.getByRole('link', { name: 'Utbetalinger', exact: true }).click();
  const rad = saksbehandler.locator('tr', { hasText: ref });
  forvent((await tekst(rad)).includes('1 500 000 kr'), `Klar til utbetaling viser: ${await tekst(rad)}`);
  forvent(await rad.getByRole('checkbox').isChecked(), 'Røst er ikke valgt');
  await sjekkSiden(saksbehandler, feil, 'utbetalinger med et tilskudd klart');
  await saksbehandler.getByLabel('Betalingsdato').fill('');
  await saksbehandler.getByRole('button', { name: 'Lag bunt' }).click();
  await saksbehandler.locator('.ds-error-summary').waitFor();
  forvent(await saksbehandler.locator('#betalingsdato-feil').count() === 1, 'Feilen står ikke ved datoen');
  await sjekkSiden(saksbehandler, feil, 'utbetalinger uten dato', { alleSprak: false });
  const imorgen = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric' })
    .format(new Date(Date.now() + 24 * 3600 * 1000));
  await saksbehandler.getByLabel('Betalingsdato').fill(imorgen);
  await saksbehandler.getByRole('button', { name: 'Lag bunt' }).click();
  await saksbehandler.waitForURL((url) => url.searchParams.get('melding') === 'laget');
  const buntSti = new URL(saksbehandler.url()).pathname;
  forvent((await tekst(saksbehandler.locator('#status'))).includes('Venter på godkjenning'), 'Bunten venter ikke på godkjenning');
  forvent(await saksbehandler.getByRole('button', { name: 'Godkjenn bunten' }).count() === 0, 'Den som laget bunten, kan godkjenne den');
  await sjekkSiden(saksbehandler, feil, 'en bunt som venter');

  // The approver approves it, downloads the file and marks it sent.
  await godkjenner.goto(buntSti);
  await godkjenner.getByRole('button', { name: 'Godkjenn bunten' }).click();
  await godkjenner.waitForURL((url) => url.searchParams.get('melding') === 'godkjent');
  await sjekkSiden(godkjenner, feil, 'en godkjent bunt', { alleSprak: false });
  const [nedlasting] = await Promise.all([godkjenner.waitForEvent('download'),
    godkjenner.getByRole('link', { name: 'Last ned betalingsfilen (pain.001)' }).click()]);
  const fil = (await readFile(await nedlasting.path())).toString('utf8');
  forvent(fil.includes('urn:iso:std:iso:20022:tech:xsd:pain.001.001.03') && fil.includes(ref) && fil.includes('1500000.00'),
    `Filen er ikke betalingen til Røst: ${fil.slice(0, 200)}`);
  await godkjenner.getByRole('button', { name: 'Merk sendt til banken' }).click();
  await godkjenner.waitForURL((url) => url.searchParams.get('melding') === 'sendt');
  forvent((await tekst(godkjenner.locator('#status'))).includes('Sendt til banken'), 'Bunten er ikke merket sendt');
  await sjekkSiden(godkjenner, feil, 'en bunt sendt til banken');
  feil.avslutt('Utbetalinger til banken');
}
