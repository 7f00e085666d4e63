// A kommune (Røst) applies with the mouse: starts, makes one error and fixes it from the error summary, adds a
// partner kommune with the picker, fills in the duty burden and a measure, writes the purpose and uploads a PDF (the
// text survives the upload; a 12 MB file is refused at the field before it is sent), checks and sends, and gets a
// receipt; then a caseworker opens the attachment from the case. axe runs on every step, in all three languages, and
// on the error state.
import { innlogging, loggInn } from '../lib/innlogging.mjs';
import { ga, nyttVindu } from '../lib/nettleser.mjs';
import { referanse, sjekkSiden } from '../lib/skjema.mjs';
import { skjermbilde } from '../lib/skjermbilde.mjs';
import { Feilliste, forvent } from '../lib/sjekk.mjs';

const PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj '
  + '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

export default async function kommuneMedMus({ nettleser }) {
  const feil = new Feilliste();
  const side = await nyttVindu(nettleser);
  await loggInn(side, 'soker-rost');
  forvent(new URL(side.url()).pathname === '/mine-soknader', `Søkeren havnet på ${side.url()}`);
  await side.getByRole('button', { name: /Start søknad/ }).first().click();
  await side.waitForURL(/\/steg\/1$/);
  forvent(await side.getByText('Kommunen oppfyller kravene i utlysningen').count() === 1,
    'Steg 1 viser ikke om kommunen oppfyller kravene');
  await sjekkSiden(side, feil, 'steg 1');

  await side.getByLabel('Navn').fill('Kari Nordmann');
  await side.getByLabel('E-post').fill('kari-rost.kommune.no');
  await side.getByLabel('Telefon').fill('75 68 20 00');
  await side.getByRole('button', { name: 'Lagre og gå videre' }).click();
  const oppsummering = side.locator('.ds-error-summary');
  await oppsummering.waitFor();
  forvent(await side.evaluate(() => document.activeElement?.id) === 'feiloppsummering', 'Feiloppsummeringen har ikke fokus');
  forvent(await side.locator('[id="kontaktperson.epost-feil"]').count() === 1, 'Feilen står ikke ved feltet');
  await sjekkSiden(side, feil, 'steg 1 med feil', { alleSprak: false });
  await oppsummering.getByRole('link', { name: /E-postadressen/ }).click();
  forvent(await side.evaluate(() => document.activeElement?.id) === 'kontaktperson.epost', 'Lenken flyttet ikke fokus til feltet');
  await side.keyboard.press('Control+A');
  await side.keyboard.type('kari@rost.kommune.no');
  await side.getByRole('button', { name: 'Lagre og gå videre' }).click();
  await side.waitForURL(/\/steg\/2$/);

  await side.getByLabel('Legg til en kommune').selectOption('1857');
  await side.getByRole('button', { name: 'Legg til kommunen' }).click();
  forvent(await side.getByText('1857 Værøy').count() === 1, 'Værøy ble ikke lagt til i legevakten');
  await side.getByLabel('Antall leger som går legevakt').fill('2');
  await side.getByLabel('Vaktdeling').fill('2');
  await side.getByLabel('Vaktdøgn per lege i året').fill('182');
  await side.getByLabel('Hjemmevakt').check();
  await side.getByRole('button', { name: 'Lagre og regn ut' }).click();
  await side.getByText(/timer og 183 vaktdøgn i året/).waitFor();
  await sjekkSiden(side, feil, 'steg 2');
  await skjermbilde(side, 'soknad-legevakt');
  await side.getByRole('button', { name: 'Lagre og gå videre' }).click();
  await side.waitForURL(/\/steg\/3$/);

  await side.getByRole('button', { name: 'Legg til tiltak' }).click();
  await side.getByLabel('Kategori').selectOption('REKRUTTERING');
  await side.getByLabel('Beskrivelse av tiltaket').fill('Fast bakvakt i helger');
  await side.getByLabel('Budsjettlinje 1: hva beløpet går til').fill('Bakvakt');
  await side.getByLabel('Budsjettlinje 1: beløp i kroner').fill('600 000');
  const omsokt = (await side.locator('[data-omsokt]').innerText()).replace(/\s/g, ' ');
  forvent(omsokt === '600 000 kr', `Summen følger ikke med mens man skriver: «${omsokt}»`);
  await side.getByRole('button', { name: 'Lagre utkast' }).click();
  await side.waitForURL(/\/steg\/3\?lagret=true$/);
  await sjekkSiden(side, feil, 'steg 3');
  await side.getByRole('button', { name: 'Lagre og gå videre' }).click();
  await side.waitForURL(/\/steg\/4$/);

  // The purpose typed before an upload survives it; a file over 10 MB is refused at the field before it is sent.
  const formal = 'Færre vaktdøgn per lege og tryggere legevakt.';
  await side.getByLabel('Formål med tilskuddet').fill(formal);
  await side.getByLabel('Velg en PDF-fil').setInputFiles({ name: 'vaktplan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(PDF) });
  await side.getByRole('button', { name: 'Last opp' }).click();
  await side.waitForURL(/\/steg\/4\?lagret=true#vedlegg$/);
  forvent(await side.getByLabel('Formål med tilskuddet').inputValue() === formal, 'Formålet forsvant da vedlegget ble lastet opp');
  forvent(await side.getByRole('link', { name: 'vaktplan.pdf' }).count() === 1, 'Vedlegget står ikke i listen');
  await side.getByLabel('Velg en PDF-fil').setInputFiles({ name: 'stor.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(12 * 1024 * 1024, 32) });
  const filfeil = side.locator('#fil-klientfeil');
  forvent(await filfeil.isVisible() && (await filfeil.innerText()).includes('større enn 10 MB'),
    'En fil på 12 MB fikk ingen melding ved feltet');
  forvent(await side.getByLabel('Velg en PDF-fil').getAttribute('aria-invalid') === 'true', 'Filfeltet er ikke merket ugyldig');
  await side.getByRole('button', { name: 'Last opp' }).click();
  forvent(new URL(side.url()).pathname.endsWith('/steg/4') && await filfeil.isVisible(), 'Den for store filen ble sendt likevel');
  await side.getByLabel('Velg en PDF-fil').setInputFiles([]);
  await sjekkSiden(side, feil, 'steg 4');
  await side.getByRole('button', { name: 'Lagre og kontroller' }).click();
  await side.waitForURL(/\/mine-soknader\/\d+$/);
  forvent(await side.locator('.ds-error-summary').count() === 0, 'Kontrollsiden viser mangler');
  await sjekkSiden(side, feil, 'kontrollsiden');
  await skjermbilde(side, 'soknad-kontroll');
  await side.getByRole('button', { name: 'Send søknaden' }).click();
  await referanse(side);
  await sjekkSiden(side, feil, 'kvitteringen');
  await skjermbilde(side, 'kvittering');

  // The caseworker opens the kommune's attachment from the case.
  const soknadId = new URL(side.url()).pathname.split('/')[2];
  const stab = await nyttVindu(nettleser, { innlogging: await innlogging(nettleser, 'saksbehandler') });
  await ga(stab, `/saksbehandling/soknader/${soknadId}`);
  const vedlegg = stab.getByRole('link', { name: 'vaktplan.pdf' });
  forvent(await vedlegg.count() === 1, 'Saken viser ikke kommunens vedlegg');
  const fil = await stab.request.get(await vedlegg.getAttribute('href'));
  forvent(fil.status() === 200 && fil.headers()['content-type'].startsWith('application/pdf')
    && (await fil.body()).subarray(0, 5).toString() === '%PDF-', `Vedlegget åpnet ikke som PDF fra saken (${fil.status()})`);
  await sjekkSiden(stab, feil, 'saken med vedlegg');
  feil.avslutt('Søknad med mus');
}
