// A question to the kommune before the decision (forvaltningsloven § 17): the caseworker asks Saltdal in the 2022 round
// for its duty roster with a deadline (a date that does not exist first); the work list shows the case waiting for the
// kommune. Saltdal sees the question first on Mine søknader, opens it, is refused an answer without text, and answers
// with text and a PDF with JavaScript turned off; the caseworker reads the answer on the case. axe on every new page, in all three
// languages where the page is reached by a GET.
import { innlogging, loggInn } from '../lib/innlogging.mjs';
import { baseUrl } from '../lib/miljo.mjs';
import { nyttVindu } from '../lib/nettleser.mjs';
import { sjekkSiden } from '../lib/skjema.mjs';
import { Feilliste, forvent } from '../lib/sjekk.mjs';

const tekst = async (lokator) => (await lokator.innerText()).replace(/\s+/g, ' ').trim();

const PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj '
  + '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

/** A date `dager` days from today as a person types it: 21.12.2026. */
function datoOm(dager) {
  const dato = new Date(Date.now() + dager * 24 * 3600 * 1000);
  return new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric' }).format(dato);
}

export default async function tilleggsopplysning({ nettleser }) {
  const feil = new Feilliste();
  const sporsmal = 'Send oss vaktplanen for legevakten i sommer, med hvem som har bakvakt.';

  // The caseworker asks, with a date that does not exist first.
  const saksbehandler = await nyttVindu(nettleser);
  await loggInn(saksbehandler, 'saksbehandler');
  await saksbehandler.getByRole('link', { name: 'distriktskommuner 2022' }).click();
  const arbeidsliste = saksbehandler.url();
  await saksbehandler.locator('tr', { hasText: 'Saltdal' }).getByRole('link').first().click();
  const sakSti = new URL(saksbehandler.url()).pathname;
  const del = saksbehandler.locator('section[aria-labelledby="tilleggsopplysninger"]');
  forvent((await tekst(del)).includes('Kommunen er ikke bedt om flere opplysninger.'), `Delen viser: ${await tekst(del)}`);
  await saksbehandler.getByLabel('Hva skal kommunen svare på?').fill(sporsmal);
  await saksbehandler.getByLabel('Svarfrist').fill('31.02.2026');
  await saksbehandler.getByRole('button', { name: 'Send spørsmålet til kommunen' }).click();
  await saksbehandler.locator('.ds-error-summary').waitFor();
  forvent(await saksbehandler.locator('#svarfrist-feil').count() === 1, 'Feilen står ikke ved svarfristen');
  forvent(await saksbehandler.getByLabel('Hva skal kommunen svare på?').inputValue() === sporsmal, 'Spørsmålet forsvant med feilen');
  await sjekkSiden(saksbehandler, feil, 'spørsmål med feil dato', { alleSprak: false });
  const frist = datoOm(14);
  await saksbehandler.getByLabel('Svarfrist').fill(frist);
  await saksbehandler.getByRole('button', { name: 'Send spørsmålet til kommunen' }).click();
  await saksbehandler.waitForURL((url) => url.searchParams.get('melding') === 'sporsmal-sendt');
  forvent((await tekst(del)).includes(sporsmal), 'Saken viser ikke spørsmålet');
  forvent(await saksbehandler.getByRole('button', { name: 'Send spørsmålet til kommunen' }).count() === 0,
    'Saken tilbyr et nytt spørsmål mens kommunen ikke har svart');
  await sjekkSiden(saksbehandler, feil, 'saken med spørsmål til kommunen');

  // The work list: waiting for the kommune, with the deadline, and counted.
  await saksbehandler.goto(arbeidsliste);
  const rad = await tekst(saksbehandler.locator('tr', { hasText: 'Saltdal' }));
  forvent(rad.includes('Venter på kommunen, frist'), `Arbeidslisten viser ikke at saken venter på kommunen: ${rad}`);
  forvent((await tekst(saksbehandler.locator('#antall'))).includes('1 venter på kommunen'), 'Arbeidslisten teller ikke saken');
  await sjekkSiden(saksbehandler, feil, 'arbeidslisten med en sak som venter på kommunen', { alleSprak: false });

  // Saltdal: the question first on Mine søknader, then on the application, where an answer without text is refused.
  const kommune = await nyttVindu(nettleser);
  await loggInn(kommune, 'soker-saltdal');
  await kommune.goto('/mine-soknader');
  const oppgaver = kommune.locator('section[aria-labelledby="oppgaver"]');
  forvent((await tekst(oppgaver)).includes('Spørsmål som venter på svar fra dere'), 'Mine søknader viser ikke spørsmålet først');
  await sjekkSiden(kommune, feil, 'Mine søknader med et spørsmål');
  await oppgaver.getByRole('link', { name: /Les og svar/ }).click();
  const soknadSti = new URL(kommune.url()).pathname;
  const trad = kommune.locator('section[aria-labelledby="tilleggsopplysninger"]');
  forvent((await tekst(trad)).includes(sporsmal), 'Kommunen ser ikke spørsmålet på søknaden');
  forvent((await tekst(trad)).includes('av Helsedirektoratet') && !(await tekst(trad)).includes('saksbehandler'),
    `Kommunen ser saksbehandlerens brukernavn: ${await tekst(trad)}`);
  await sjekkSiden(kommune, feil, 'søknaden med spørsmålet');
  await kommune.getByRole('button', { name: 'Send svaret' }).click();
  await kommune.locator('.ds-error-summary').waitFor();
  forvent(await kommune.locator('#svar-feil').count() === 1, 'Feilen står ikke ved svaret');
  await sjekkSiden(kommune, feil, 'svar uten tekst', { alleSprak: false });

  // The answer itself with JavaScript turned off: text and a PDF in one plain form.
  const tilstand = await innlogging(nettleser, 'soker-saltdal');
  const kontekst = await nettleser.newContext({ baseURL: baseUrl, javaScriptEnabled: false, storageState: tilstand });
  try {
    const utenJs = await kontekst.newPage();
    utenJs.setDefaultTimeout(20_000);
    await utenJs.goto(soknadSti);
    await utenJs.getByLabel('Svaret').fill('Vaktplanen ligger ved. Bakvakt går på omgang mellom de fem legene.');
    await utenJs.getByLabel(/Legg ved PDF-er/).setInputFiles({ name: 'vaktplan-sommer.pdf', mimeType: 'application/pdf', buffer: Buffer.from(PDF) });
    await utenJs.getByRole('button', { name: 'Send svaret' }).click();
    await utenJs.getByText('Svaret er sendt. Takk!').waitFor();
    forvent(await utenJs.getByRole('link', { name: 'vaktplan-sommer.pdf' }).count() === 1, 'Vedlegget står ikke ved svaret');
  } finally {
    await kontekst.close();
  }
  await kommune.goto(soknadSti);
  await sjekkSiden(kommune, feil, 'søknaden med svaret', { alleSprak: false });
  await kommune.goto('/mine-soknader');
  forvent(await kommune.locator('section[aria-labelledby="oppgaver"]').count() === 0, 'Spørsmålet står fortsatt som ubesvart');

  // The caseworker reads the answer and its PDF on the case.
  await saksbehandler.goto(sakSti);
  forvent((await tekst(del)).includes('Bakvakt går på omgang'), 'Saken viser ikke svaret');
  const href = await del.getByRole('link', { name: 'vaktplan-sommer.pdf' }).getAttribute('href');
  const svar = await saksbehandler.request.get(href);
  forvent(svar.ok() && svar.headers()['content-type'] === 'application/pdf', `PDF-en svarte ${svar.status()}`);
  await sjekkSiden(saksbehandler, feil, 'saken med svaret', { alleSprak: false });
  feil.avslutt('Spørsmål til kommunen');
}
