// An evaluator logs in and lands on the statistics, chooses the 2022 round, reads the key figures and a chart
// through its text alternative, as a screen reader gets it, and downloads every format. The demo round has sent
// applications and no decisions yet, so nothing is awarded and the files hold only their headings.
import { readFile } from 'node:fs/promises';
import { loggInn } from '../lib/innlogging.mjs';
import { nyttVindu } from '../lib/nettleser.mjs';
import { sjekkSiden } from '../lib/skjema.mjs';
import { Feilliste, forvent } from '../lib/sjekk.mjs';

const RUNDE_2022 = 'Tilskudd til styrking av legevakttjenesten i distriktskommuner 2022';
const tekst = async (lokator) => (await lokator.innerText()).replace(/\s+/g, ' ').trim();

export default async function statistikk({ nettleser }) {
  const feil = new Feilliste();
  const side = await nyttVindu(nettleser);
  await loggInn(side, 'evaluator');
  forvent(new URL(side.url()).pathname === '/statistikk', `Evaluatoren havnet på ${side.url()}, ikke /statistikk`);
  forvent(await side.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Statistikk' }).count() === 1,
    'Menyen har ikke Statistikk');

  await side.getByLabel('Utlysning', { exact: true }).selectOption({ label: RUNDE_2022 });
  await side.getByRole('button', { name: 'Vis', exact: true }).click();
  await side.waitForURL((url) => /^\d+$/.test(url.searchParams.get('utlysning') ?? ''));
  forvent((await tekst(side.locator('h2#nokkeltall'))).includes(RUNDE_2022), 'Overskriften nevner ikke 2022-runden');

  const nokkeltall = side.locator('dl.nokkeltall');
  const soknader = Number(await nokkeltall.locator('div', { hasText: /^Søknader/ }).locator('dd').first().innerText());
  forvent(soknader >= 5, `Nøkkeltallene viser ${soknader} søknader, ventet demodataenes 2022-runde`);
  const tildelt = await tekst(nokkeltall.locator('div', { hasText: /^Tildelt/ }).locator('dd').first());
  forvent(tildelt === '0 kr', `Ingen vedtak er sendt i 2022-runden, men nøkkeltallene viser tildelt ${tildelt}`);
  forvent((await tekst(nokkeltall)).includes('Søkt'), 'Nøkkeltallene mangler søkt beløp');

  // The fylke chart is an image whose name and description carry every bar, and the table beside it has the rows.
  const diagram = side.getByRole('img', { name: /^Per fylke/ });
  forvent(await diagram.count() === 1, 'Fant ikke diagrammet «Per fylke» som bilde med tekstalternativ');
  const alternativ = await side.locator('#diagram-fylker-beskrivelse').textContent();
  forvent(alternativ.includes('Nordland:') && alternativ.includes('kr søkt'), `Tekstalternativet sier ikke tallene: ${alternativ}`);
  const rader = await side.locator('section[aria-labelledby="fylker"] table tbody tr').count();
  forvent(rader >= 2, `Tabellen per fylke har ${rader} rader`);

  // Each download with the login's own session: the file name names the call, and the content is the format's.
  const utlysning = new URL(side.url()).searchParams.get('utlysning');
  const nedlastinger = [
    ['Tildelinger som CSV (Excel)', `tildelinger-utlysning-${utlysning}.csv`,
      (b) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf && b.toString('utf8').includes(';')],
    ['Tildelinger som XLSX', `tildelinger-utlysning-${utlysning}.xlsx`, (b) => b[0] === 0x50 && b[1] === 0x4b],
    ['Tildelinger som JSON', `tildelinger-utlysning-${utlysning}.json`, (b) => Array.isArray(JSON.parse(b.toString('utf8')))],
    ['360Giving (JSON)', `360giving-utlysning-${utlysning}.json`, (b) => Array.isArray(JSON.parse(b.toString('utf8')).grants)],
    ['360Giving (CSV)', `360giving-utlysning-${utlysning}.csv`,
      (b) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf && b.subarray(3).toString('utf8').startsWith('Identifier,')],
  ];
  for (const [lenketekst, filnavn, riktig] of nedlastinger) {
    const [nedlasting] = await Promise.all([side.waitForEvent('download'), side.getByRole('link', { name: lenketekst }).click()]);
    forvent(nedlasting.suggestedFilename() === filnavn, `«${lenketekst}» ga ${nedlasting.suggestedFilename()}, ventet ${filnavn}`);
    const innhold = await readFile(await nedlasting.path());
    forvent(riktig(innhold), `«${lenketekst}» ga ikke en fil i formatet: ${innhold.subarray(0, 80).toString('utf8')}`);
  }

  await sjekkSiden(side, feil, 'statistikk for 2022');
  feil.avslutt('Statistikk');
}
