// The whole round, by four people in their own browsers: a kommune (Træna) applies; a caseworker strikes a budget
// line and proposes a decision from the rules; the approver, another person, approves it from the queue and sends it;
// the kommune reads the letter, accepts with its account number and reports; the caseworker approves the report.
// axe runs on every page of the round that the earlier flows do not cover, in all three languages.
import { loggInn } from '../lib/innlogging.mjs';
import { nyttVindu } from '../lib/nettleser.mjs';
import { referanse, sjekkSiden } from '../lib/skjema.mjs';
import { Feilliste, forvent } from '../lib/sjekk.mjs';

const tekst = async (lokator) => (await lokator.innerText()).replace(/\s+/g, ' ').trim();

export default async function saksgang({ nettleser }) {
  const feil = new Feilliste();

  // The kommune applies: two budget lines, so that the caseworker can strike one.
  const kommune = await nyttVindu(nettleser);
  await loggInn(kommune, 'soker-traena');
  await kommune.getByRole('button', { name: /Start søknad/ }).first().click();
  await kommune.waitForURL(/\/steg\/1$/);
  await kommune.getByLabel('Navn').fill('Tove Træna');
  await kommune.getByLabel('E-post').fill('tove@traena.kommune.no');
  await kommune.getByLabel('Telefon').fill('75 09 52 00');
  await kommune.getByRole('button', { name: 'Lagre og gå videre' }).click();
  await kommune.waitForURL(/\/steg\/2$/);
  await kommune.getByLabel('Antall leger som går legevakt').fill('2');
  await kommune.getByLabel('Vaktdeling').fill('2');
  await kommune.getByLabel('Vaktdøgn per lege i året').fill('182');
  await kommune.getByLabel('Hjemmevakt').check();
  await kommune.getByRole('button', { name: 'Lagre og gå videre' }).click();
  await kommune.waitForURL(/\/steg\/3$/);
  await kommune.getByRole('button', { name: 'Legg til tiltak' }).click();
  await kommune.getByLabel('Kategori').selectOption('REKRUTTERING');
  await kommune.getByLabel('Beskrivelse av tiltaket').fill('Vikarlege i sommerferien');
  await kommune.getByLabel('Budsjettlinje 1: hva beløpet går til').fill('Lønn til vikarlege');
  await kommune.getByLabel('Budsjettlinje 1: beløp i kroner').fill('700 000');
  await kommune.getByRole('button', { name: 'Legg til budsjettlinje' }).click();
  await kommune.getByLabel('Budsjettlinje 2: hva beløpet går til').fill('Ny båt til kommunen');
  await kommune.getByLabel('Budsjettlinje 2: beløp i kroner').fill('300 000');
  await kommune.getByRole('button', { name: 'Lagre og gå videre' }).click();
  await kommune.waitForURL(/\/steg\/4$/);
  await kommune.getByLabel('Formål med tilskuddet').fill('Færre vaktdøgn per lege om sommeren.');
  await kommune.getByRole('button', { name: 'Lagre og kontroller' }).click();
  await kommune.waitForURL(/\/mine-soknader\/\d+$/);
  const soknadSti = new URL(kommune.url()).pathname;
  await kommune.getByRole('button', { name: 'Send søknaden' }).click();
  const ref = await referanse(kommune);

  // The caseworker finds it in the work list, strikes the boat with a reason and proposes what the rules give.
  const saksbehandler = await nyttVindu(nettleser);
  await loggInn(saksbehandler, 'saksbehandler');
  // The reference carries the call's year: LV-<year>-<number>.
  await saksbehandler.getByRole('link', { name: `distriktskommuner ${ref.split('-')[1]}` }).click();
  await saksbehandler.getByRole('link', { name: ref }).click();
  const sakSti = new URL(saksbehandler.url()).pathname;
  await saksbehandler.getByLabel('God', { exact: true }).check();
  await saksbehandler.getByLabel('Stryk «Ny båt til kommunen» (300 000 kr)').check();
  await saksbehandler.locator('[id="begrunnelse-0-1"]').fill('En båt er utenfor formålet.');
  await saksbehandler.getByRole('button', { name: 'Lagre vurderingen' }).click();
  await saksbehandler.waitForURL((url) => url.searchParams.get('melding') === 'vurdering-lagret');
  const vurdering = await tekst(saksbehandler.locator('section[aria-labelledby="vurdering-tittel"] p').first());
  forvent(vurdering.includes('Godkjent budsjett 700 000 kr av omsøkt 1 000 000 kr'), `Vurderingen viser ${vurdering}`);
  forvent(await saksbehandler.getByLabel('Beløp (hele kroner; 0 ved avslag)').inputValue() === '700000',
    'Forslaget starter ikke fra det godkjente budsjettet');
  await sjekkSiden(saksbehandler, feil, 'saken med vurdering');
  await saksbehandler.getByRole('button', { name: 'Foreslå vedtaket' }).click();
  await saksbehandler.waitForURL((url) => url.searchParams.get('melding') === 'vedtak-foreslatt');
  forvent(await saksbehandler.getByText('Du foreslo dette vedtaket').count() === 1, 'Saken sier ikke at forslaget er ditt');

  // The approver: the queue in the menu, the proposal with its reasons, approve, then send.
  const godkjenner = await nyttVindu(nettleser);
  await loggInn(godkjenner, 'godkjenner');
  await godkjenner.getByRole('link', { name: 'Vedtak til godkjenning' }).click();
  await godkjenner.waitForURL(/\/saksbehandling\/vedtak$/);
  await sjekkSiden(godkjenner, feil, 'godkjennerens kø');
  const forslag = godkjenner.locator('article', { hasText: ref });
  forvent(await forslag.count() === 1, `Køen viser ikke ${ref}`);
  forvent((await tekst(forslag)).includes('700 000 kr'), `Forslaget viser ikke beløpet: ${await tekst(forslag)}`);
  await forslag.getByRole('button', { name: 'Godkjenn vedtaket' }).click();
  await godkjenner.waitForURL((url) => url.searchParams.get('melding') === 'vedtak-godkjent');
  await sjekkSiden(godkjenner, feil, 'køen med godkjent vedtak', { alleSprak: false });
  await godkjenner.locator('tr', { hasText: 'Træna' }).getByRole('button', { name: /Send vedtaket til kommunen/ }).click();
  await godkjenner.waitForURL((url) => url.searchParams.get('melding') === 'vedtak-sendt');

  // The kommune reads the letter as a page, accepts (one typing error first) and reports per measure.
  await kommune.goto(soknadSti);
  await sjekkSiden(kommune, feil, 'kommunens vedtak');
  await kommune.getByRole('link', { name: 'Les vedtaksbrevet' }).click();
  const brev = kommune.locator('article.vedtaksbrev');
  forvent((await tekst(brev)).includes('Træna kommune får 700 000 kr i tilskudd'), 'Brevet sier ikke hva kommunen får');
  await sjekkSiden(kommune, feil, 'vedtaksbrevet');
  const pdf = await kommune.getByRole('link', { name: 'Last ned brevet som PDF' }).getAttribute('href');
  const svar = await kommune.request.get(pdf);
  forvent(svar.ok() && svar.headers()['content-type'] === 'application/pdf', `PDF-en svarte ${svar.status()}`);
  await kommune.getByRole('link', { name: 'Tilbake til søknaden' }).click();
  await kommune.getByLabel('Kontonummer (11 sifre)').fill('1234 56 78904');
  await kommune.getByRole('button', { name: 'Aksepter vilkårene' }).click();
  await kommune.locator('.ds-error-summary').waitFor();
  await sjekkSiden(kommune, feil, 'aksept med feil', { alleSprak: false });
  await kommune.getByLabel('Kontonummer (11 sifre)').fill('1234 56 78903');
  await kommune.getByRole('button', { name: 'Aksepter vilkårene' }).click();
  await kommune.getByText('Vilkårene er akseptert. Takk!').waitFor();
  forvent((await tekst(kommune.locator('main'))).includes('Når tilskuddet er utbetalt, rapporterer kommunen her'),
    'Kommunen får ikke vite at rapporten kommer etter utbetalingen');
  forvent(await kommune.getByRole('button', { name: 'Send rapporten' }).count() === 0, 'Rapporten kan sendes før noe er utbetalt');

  // The caseworker records the payment; then the kommune can report.
  await saksbehandler.goto(sakSti);
  const idag = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric' })
    .format(new Date());
  await saksbehandler.getByLabel('Utbetalt beløp (hele kroner)').fill('700 000');
  await saksbehandler.getByLabel('Utbetalingsdato').fill(idag);
  await saksbehandler.getByRole('button', { name: 'Registrer utbetalingen' }).click();
  await saksbehandler.waitForURL((url) => url.searchParams.get('melding') === 'utbetaling-registrert');
  await kommune.goto(soknadSti);
  await kommune.getByLabel('Hva ble gjort?').fill('Vikarlege i seks uker i juli og august.');
  await kommune.getByLabel('Brukt av tilskuddet (hele kroner)').fill('650 000');
  await sjekkSiden(kommune, feil, 'rapportskjemaet', { alleSprak: false });
  await kommune.getByRole('button', { name: 'Send rapporten' }).click();
  await kommune.getByText('Rapporten er sendt. Takk!').waitFor();
  forvent((await tekst(kommune.locator('main'))).includes('50 000 kr'), 'Kommunen ser ikke det ubrukte beløpet');

  // The caseworker sees the report waiting on the front page and approves it on the case.
  await saksbehandler.goto('/saksbehandling');
  const rapporter = saksbehandler.locator('section[aria-labelledby="rapporter"]');
  forvent((await tekst(rapporter)).includes(ref), `Rapporten fra ${ref} står ikke blant rapportene til behandling`);
  await sjekkSiden(saksbehandler, feil, 'forsiden med oppfølging', { alleSprak: false });
  await rapporter.getByRole('link', { name: ref }).click();
  forvent(new URL(saksbehandler.url()).pathname === sakSti, `Lenken gikk til ${saksbehandler.url()}`);
  await saksbehandler.getByRole('button', { name: 'Godkjenn rapporten' }).click();
  await saksbehandler.waitForURL((url) => url.searchParams.get('melding') === 'rapport-godkjent');
  await saksbehandler.goto('/saksbehandling');
  forvent(!(await tekst(saksbehandler.locator('section[aria-labelledby="rapporter"]'))).includes(ref),
    'Den godkjente rapporten står fortsatt til behandling');
  feil.avslutt('Saksgangen fra søknad til rapport');
}
