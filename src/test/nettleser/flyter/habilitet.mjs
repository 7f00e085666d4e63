// Habilitet (forvaltningsloven § 6): a caseworker proposes a decision for Solund in the 2022 round; the approver finds
// it in the queue, opens the case and declares themselves disqualified (a missing reason first). Then the case offers
// the approver nothing to do, the queue no longer shows it, and another caseworker sees the declaration on the case.
// The approver withdraws it with a reason, and the proposal is back in the queue. axe on every new page state, in all
// three languages where the page is reached by a GET.
import { loggInn } from '../lib/innlogging.mjs';
import { nyttVindu } from '../lib/nettleser.mjs';
import { sjekkSiden } from '../lib/skjema.mjs';
import { Feilliste, forvent } from '../lib/sjekk.mjs';

const tekst = async (lokator) => (await lokator.innerText()).replace(/\s+/g, ' ').trim();

export default async function habilitet({ nettleser }) {
  const feil = new Feilliste();

  // A caseworker proposes what the rules give Solund.
  const saksbehandler = await nyttVindu(nettleser);
  await loggInn(saksbehandler, 'saksbehandler2');
  await saksbehandler.getByRole('link', { name: 'distriktskommuner 2022' }).click();
  await saksbehandler.locator('tr', { hasText: 'Solund' }).getByRole('link').first().click();
  const sakSti = new URL(saksbehandler.url()).pathname;
  forvent(/^\/saksbehandling\/soknader\/\d+$/.test(sakSti), `Lenken gikk til ${saksbehandler.url()}`);
  await saksbehandler.getByRole('button', { name: 'Foreslå vedtaket' }).click();
  await saksbehandler.waitForURL((url) => url.searchParams.get('melding') === 'vedtak-foreslatt');

  // The approver sees it in the queue and opens the case.
  const godkjenner = await nyttVindu(nettleser);
  await loggInn(godkjenner, 'godkjenner');
  await godkjenner.getByRole('link', { name: 'Vedtak til godkjenning' }).click();
  const forslag = godkjenner.locator('article', { hasText: 'Solund' });
  forvent(await forslag.count() === 1, 'Køen viser ikke forslaget for Solund');
  await forslag.getByRole('link', { name: /Solund/ }).click();
  forvent(new URL(godkjenner.url()).pathname === sakSti, `Lenken fra køen gikk til ${godkjenner.url()}`);
  forvent(await godkjenner.getByRole('button', { name: 'Godkjenn vedtaket' }).count() === 1, 'Godkjenneren får ikke godkjenne før erklæringen');

  // Declaring without a reason: the error next to the field and in the summary.
  const habilitet = godkjenner.locator('section[aria-labelledby="habilitet"]');
  forvent((await tekst(habilitet)).includes('Ingen har erklært seg inhabil i saken.'), `Habilitet viser: ${await tekst(habilitet)}`);
  await godkjenner.getByRole('button', { name: 'Erklær meg inhabil' }).click();
  await godkjenner.locator('.ds-error-summary').waitFor();
  forvent(await godkjenner.locator('#inhabil-begrunnelse-feil').count() === 1, 'Feilen står ikke ved feltet');
  await sjekkSiden(godkjenner, feil, 'erklæring uten begrunnelse', { alleSprak: false });
  await godkjenner.getByLabel('Hvorfor er du inhabil?').fill('Søsteren min er kommunalsjef i Solund.');
  await godkjenner.getByRole('button', { name: 'Erklær meg inhabil' }).click();
  await godkjenner.waitForURL((url) => url.searchParams.get('melding') === 'inhabil-erklart');
  forvent((await tekst(godkjenner.locator('main'))).includes('Du har erklært deg inhabil i denne saken'),
    'Saken sier ikke at godkjenneren er inhabil');
  forvent(await godkjenner.getByRole('button', { name: 'Godkjenn vedtaket' }).count() === 0, 'Den inhabile kan fortsatt godkjenne');
  forvent(await godkjenner.getByRole('button', { name: 'Send tilbake' }).count() === 0, 'Den inhabile kan fortsatt returnere');
  await sjekkSiden(godkjenner, feil, 'saken for den inhabile');

  // The queue hides the case from them; another caseworker sees the declaration.
  await godkjenner.getByRole('link', { name: 'Vedtak til godkjenning' }).click();
  forvent(await godkjenner.locator('article', { hasText: 'Solund' }).count() === 0, 'Køen viser fortsatt saken den inhabile ikke kan behandle');
  await saksbehandler.goto(sakSti);
  const sett = await tekst(saksbehandler.locator('section[aria-labelledby="habilitet"]'));
  forvent(sett.includes('erklærte seg inhabil') && sett.includes('Søsteren min er kommunalsjef i Solund.'),
    `En annen saksbehandler ser ikke erklæringen: ${sett}`);
  forvent((await tekst(saksbehandler.locator('section[aria-labelledby="historikk"]'))).includes('Erklært inhabil'),
    'Historikken viser ikke erklæringen');

  // Withdrawn with a reason: the proposal is back in the approver's queue.
  await godkjenner.goto(sakSti);
  await godkjenner.getByLabel('Hvorfor trekkes erklæringen tilbake?').fill('Feil kommune; det var nabokommunen.');
  await godkjenner.getByRole('button', { name: 'Trekk erklæringen tilbake' }).click();
  await godkjenner.waitForURL((url) => url.searchParams.get('melding') === 'inhabil-trukket');
  forvent(await godkjenner.getByRole('button', { name: 'Godkjenn vedtaket' }).count() === 1, 'Godkjenneren får ikke godkjenne etter tilbaketrekkingen');
  await sjekkSiden(godkjenner, feil, 'saken etter tilbaketrekking', { alleSprak: false });
  await godkjenner.getByRole('link', { name: 'Vedtak til godkjenning' }).click();
  forvent(await godkjenner.locator('article', { hasText: 'Solund' }).count() === 1, 'Forslaget kom ikke tilbake i køen');
  // The approver's work list: who has each case, and the form that assigns the chosen ones.
  await godkjenner.goto('/saksbehandling');
  await godkjenner.getByRole('link', { name: 'distriktskommuner 2022' }).click();
  forvent(await godkjenner.getByRole('button', { name: 'Fordel valgte saker' }).count() === 1, 'Godkjenneren kan ikke fordele saker');
  await godkjenner.getByLabel(/Velg LV-2022-/).first().check();
  await godkjenner.getByLabel('Til saksbehandler').selectOption('saksbehandler2');
  await godkjenner.getByRole('button', { name: 'Fordel valgte saker' }).click();
  await godkjenner.waitForURL((url) => url.searchParams.get('melding') === 'fordelt');
  await sjekkSiden(godkjenner, feil, 'godkjennerens arbeidsliste med fordeling');
  feil.avslutt('Habilitet på saken');
}
