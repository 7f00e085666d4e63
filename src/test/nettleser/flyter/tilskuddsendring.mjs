// Changes after the award (endringssøknad): Værøy's 2022 application is decided and sent, and Værøy accepts. Værøy
// asks to move money from equipment to recruitment (too much first, then within the award); the caseworker finds the
// request on the front page and grants it, and because a category gets more, the approver approves it. Værøy reads the
// change letter and sees the new budget. Then, with JavaScript turned off, Værøy asks for a later report deadline, and
// the caseworker refuses it with a reason that the kommune reads. Last, the award is paid and the caseworker claims part
// of it back (a measure not carried out); Værøy sees the claim and reads its letter. axe on every new page state, in all
// three languages where the page is reached by a GET.
import { innlogging } from '../lib/innlogging.mjs';
import { baseUrl } from '../lib/miljo.mjs';
import { akseptertTilskudd } from '../lib/saksgang.mjs';
import { sjekkSiden } from '../lib/skjema.mjs';
import { Feilliste, forvent } from '../lib/sjekk.mjs';

const tekst = async (lokator) => (await lokator.innerText()).replace(/\s+/g, ' ').trim();

export default async function tilskuddsendring({ nettleser }) {
  const feil = new Feilliste();

  // The award: the caseworker proposes what the rules give Værøy, the approver approves and sends it, Værøy accepts;
  // the changes part shows the budget in force and the two forms.
  const { saksbehandler, godkjenner, kommune, ref, sakSti, soknadSti } = await akseptertTilskudd(nettleser, 'Værøy', 'soker-varoy');
  const endringer = kommune.locator('section.endringer');
  const budsjett = await tekst(endringer.locator('table'));
  forvent(budsjett.includes('900 000 kr') && budsjett.includes('700 000 kr'), `Budsjettet som gjelder viser: ${budsjett}`);
  await sjekkSiden(kommune, feil, 'søknaden med endringsskjemaene');

  // Too much first: the error at the field and in the summary, the form open with what was typed.
  await kommune.getByText('Be om å flytte penger mellom tiltakene').click();
  await kommune.getByLabel(/^Tiltak 1: Rekruttering/).fill('9 000 000');
  await kommune.getByLabel('Hvorfor ber kommunen om endringen?').last().fill('Vi får en lege i spesialisering i tillegg.');
  await kommune.getByRole('button', { name: 'Send søknad om omdisponering' }).click();
  await kommune.locator('.ds-error-summary').waitFor();
  forvent((await tekst(kommune.locator('.ds-error-summary'))).includes('mer enn tilskuddet'), 'Oppsummeringen sier ikke hva som er feil');
  forvent(await kommune.locator('[id="tiltak[0].belop-feil"]').count() === 1, 'Feilen står ikke ved beløpet');
  forvent(await kommune.getByLabel(/^Tiltak 1: Rekruttering/).inputValue() === '9 000 000', 'Beløpet forsvant med feilen');
  await sjekkSiden(kommune, feil, 'omdisponering over tilskuddet', { alleSprak: false });
  await kommune.getByLabel(/^Tiltak 1: Rekruttering/).fill('1 000 000');
  await kommune.getByLabel(/^Tiltak 2: Utstyr/).fill('400 000');
  await kommune.getByRole('button', { name: 'Send søknad om omdisponering' }).click();
  await kommune.getByText('Søknaden om endring er sendt.').waitFor();
  forvent((await tekst(endringer)).includes('Venter på saksbehandler'), `Delen viser ikke at søknaden venter: ${await tekst(endringer)}`);
  await sjekkSiden(kommune, feil, 'søknaden med en endring som venter', { alleSprak: false });

  // The caseworker finds it on the front page and grants it; it moves money to recruitment, so it waits on the approver.
  await saksbehandler.goto('/saksbehandling');
  const venter = saksbehandler.locator('section[aria-labelledby="endringer"]');
  forvent((await tekst(venter)).includes(ref), `Forsiden viser ikke endringssøknaden fra ${ref}`);
  await sjekkSiden(saksbehandler, feil, 'forsiden med en endringssøknad', { alleSprak: false });
  await venter.getByRole('link', { name: ref }).click();
  forvent(new URL(saksbehandler.url()).pathname === sakSti, `Lenken gikk til ${saksbehandler.url()}`);
  const endring = saksbehandler.locator('.endring').first();
  forvent((await tekst(endring)).includes('900 000 kr → 1 000 000 kr'), `Saken viser: ${await tekst(endring)}`);
  forvent((await tekst(endring)).includes('en annen må godkjenne'), 'Saken sier ikke at en annen må godkjenne');
  await sjekkSiden(saksbehandler, feil, 'saken med endringssøknaden');
  await endring.getByLabel(/Begrunnelse til kommunen/).fill('Rekrutteringen er legevaktens største behov.');
  await endring.getByRole('button', { name: 'Innvilg' }).click();
  await saksbehandler.waitForURL((url) => url.searchParams.get('melding') === 'endring-til-godkjenning');
  forvent(await saksbehandler.getByRole('button', { name: 'Godkjenn endringen' }).count() === 0, 'Saksbehandleren kan godkjenne sin egen');

  // The approver approves on the case.
  await godkjenner.goto(sakSti);
  await sjekkSiden(godkjenner, feil, 'saken med en endring til godkjenning', { alleSprak: false });
  await godkjenner.getByRole('button', { name: 'Godkjenn endringen' }).click();
  await godkjenner.waitForURL((url) => url.searchParams.get('melding') === 'endring-godkjent');

  // Værøy reads the change letter and sees the new budget in force.
  await kommune.goto(soknadSti);
  forvent((await tekst(endringer)).includes('Innvilget'), `Delen viser ikke utfallet: ${await tekst(endringer)}`);
  forvent((await tekst(endringer.locator('table'))).includes('1 000 000 kr'), 'Budsjettet som gjelder er ikke det nye');
  await endringer.getByRole('link', { name: 'Les endringsbrevet' }).click();
  const brev = kommune.locator('article.vedtaksbrev');
  forvent((await tekst(brev)).includes('tilskuddet kan brukes etter det nye budsjettet'), `Brevet viser: ${await tekst(brev)}`);
  forvent((await tekst(brev)).includes('godkjent av to personer'), 'Brevet sier ikke at to godkjente');
  await sjekkSiden(kommune, feil, 'endringsbrevet');
  const pdf = await kommune.getByRole('link', { name: 'Last ned brevet som PDF' }).getAttribute('href');
  const svar = await kommune.request.get(pdf);
  forvent(svar.ok() && svar.headers()['content-type'] === 'application/pdf', `PDF-en svarte ${svar.status()}`);

  // A later report deadline, asked for with JavaScript turned off.
  const tilstand = await innlogging(nettleser, 'soker-varoy');
  const kontekst = await nettleser.newContext({ baseURL: baseUrl, javaScriptEnabled: false, storageState: tilstand });
  try {
    const utenJs = await kontekst.newPage();
    utenJs.setDefaultTimeout(20_000);
    await utenJs.goto(soknadSti);
    const gjeldende = await utenJs.locator('section.endringer time').first().getAttribute('datetime');
    const [aar, maned, dag] = gjeldende.split('-').map(Number);
    const ny = `${String(dag).padStart(2, '0')}.${String(maned).padStart(2, '0')}.${aar + 1}`;
    await utenJs.getByText('Be om lengre rapportfrist').click();
    await utenJs.getByLabel('Ny rapportfrist').fill(ny);
    await utenJs.getByLabel('Hvorfor ber kommunen om endringen?').first().fill('Legen begynner først om et halvt år.');
    await utenJs.getByRole('button', { name: 'Send søknad om lengre frist' }).click();
    await utenJs.getByText('Søknaden om endring er sendt.').waitFor();
  } finally {
    await kontekst.close();
  }

  // The caseworker refuses it with a reason; Værøy reads the reason and the deadline stands.
  await saksbehandler.goto(sakSti);
  const frist = saksbehandler.locator('.endring', { hasText: 'Lengre rapportfrist' });
  await frist.getByRole('button', { name: 'Avslå' }).click();
  await saksbehandler.locator('.ds-error-summary').waitFor();
  forvent(await saksbehandler.locator('#endring-svar-feil').count() === 1, 'Avslaget uten begrunnelse viser ikke feilen ved feltet');
  await sjekkSiden(saksbehandler, feil, 'avslag uten begrunnelse', { alleSprak: false });
  await saksbehandler.locator('.endring', { hasText: 'Lengre rapportfrist' }).getByLabel(/Begrunnelse til kommunen/)
    .fill('Rapporten trengs til evalueringen av ordningen.');
  await saksbehandler.locator('.endring', { hasText: 'Lengre rapportfrist' }).getByRole('button', { name: 'Avslå' }).click();
  await saksbehandler.waitForURL((url) => url.searchParams.get('melding') === 'endring-avgjort');
  await kommune.goto(soknadSti);
  const avslag = await tekst(endringer.locator('.endring', { hasText: 'Lengre rapportfrist' }));
  forvent(avslag.includes('Avslått') && avslag.includes('Rapporten trengs til evalueringen'), `Kommunen ser: ${avslag}`);
  await sjekkSiden(kommune, feil, 'søknaden med et avslått endringssøknad', { alleSprak: false });

  // Repayment: the award is paid; the caseworker claims 100 000 back for a measure not carried out.
  const idag = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric' })
    .format(new Date());
  const om30 = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric' })
    .format(new Date(Date.now() + 30 * 24 * 3600 * 1000));
  await saksbehandler.goto(sakSti);
  await saksbehandler.getByLabel('Utbetalt beløp (hele kroner)').fill('1 000 000');
  await saksbehandler.getByLabel('Utbetalingsdato').fill(idag);
  await saksbehandler.getByRole('button', { name: 'Registrer utbetalingen' }).click();
  await saksbehandler.waitForURL((url) => url.searchParams.get('melding') === 'utbetaling-registrert');
  await saksbehandler.getByText('Krev tilbakebetaling').click();
  await saksbehandler.getByLabel('Grunn', { exact: true }).selectOption('IKKE_GJENNOMFORT');
  await saksbehandler.getByLabel(/^Beløp \(hele kroner/).fill('100 000');
  await saksbehandler.getByLabel('Forfallsdato').fill(om30);
  await saksbehandler.getByRole('button', { name: 'Send kravet' }).click();
  await saksbehandler.locator('.ds-error-summary').waitFor();
  forvent(await saksbehandler.locator('#krav-begrunnelse-feil').count() === 1, 'Kravet uten begrunnelse viser ikke feilen ved feltet');
  await saksbehandler.getByLabel(/^Begrunnelse til kommunen \(står i brevet/).fill('Bakvaktordningen ble aldri startet.');
  await saksbehandler.getByRole('button', { name: 'Send kravet' }).click();
  await saksbehandler.waitForURL((url) => url.searchParams.get('melding') === 'tilbakebetaling-krevd');
  await sjekkSiden(saksbehandler, feil, 'saken med et krav om tilbakebetaling', { alleSprak: false });

  await kommune.goto(soknadSti);
  const krav = await tekst(kommune.locator('section.tilbakebetaling'));
  forvent(krav.includes('Tiltaket ikke gjennomført') && krav.includes('Ikke forfalt') && krav.includes('gjenstår 100 000 kr'),
    `Kommunen ser: ${krav}`);
  await sjekkSiden(kommune, feil, 'søknaden med et krav om tilbakebetaling');
  await kommune.locator('section.tilbakebetaling').getByRole('link', { name: 'Les brevet om kravet' }).click();
  forvent((await tekst(kommune.locator('article.vedtaksbrev'))).includes('Bakvaktordningen ble aldri startet.'),
    'Brevet om kravet har ikke begrunnelsen');
  await sjekkSiden(kommune, feil, 'brevet om kravet');
  feil.avslutt('Endringer etter tildelingen');
}
