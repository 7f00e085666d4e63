// A case handler logs in through Keycloak, filters the work list, reads the rules' reasons on a case, and tries a
// larger frame on the allocation page.
import { loggInn } from '../lib/innlogging.mjs';
import { nyttVindu } from '../lib/nettleser.mjs';
import { forvent } from '../lib/sjekk.mjs';

const tekst = async (lokator) => (await lokator.innerText()).replace(/\s+/g, ' ').trim();

export default async function saksbehandler({ nettleser }) {
  const side = await nyttVindu(nettleser);
  await loggInn(side, 'saksbehandler');
  forvent(new URL(side.url()).pathname === '/saksbehandling', `Saksbehandleren havnet på ${side.url()}, ikke /saksbehandling`);
  forvent((await tekst(side.locator('header'))).toLowerCase().includes('saksbehandler'), 'Toppen sier ikke hvem som er logget inn');

  await side.getByRole('link', { name: 'distriktskommuner 2022' }).click();
  const antall = side.locator('#antall');
  const alle = await tekst(antall);
  const raderFor = await side.locator('table tbody tr').count();
  forvent(raderFor >= 5, `Arbeidslisten viser ${raderFor} søknader, ventet demodataenes 2022-runde (${alle})`);

  // Filter: sent applications in Nordland (fylke 18).
  await side.getByLabel('Status').selectOption('SENDT');
  await side.getByLabel('Fylke', { exact: true }).selectOption({ label: 'Nordland' });
  await side.getByRole('button', { name: 'Filtrer' }).click();
  await side.waitForURL((url) => url.searchParams.get('fylke') === '18' && url.searchParams.get('status') === 'SENDT');
  const filtrert = await tekst(antall);
  forvent(filtrert !== alle, `Antallet endret seg ikke med filteret (${alle} → ${filtrert})`);
  const fylker = await side.locator('table tbody tr td:nth-child(3)').allInnerTexts();
  forvent(fylker.length > 0 && fylker.length < raderFor, `Filteret ga ${fylker.length} av ${raderFor} rader`);
  forvent(fylker.every((f) => f.trim() === 'Nordland'), `Filteret på fylke 18 viste også ${fylker.join(', ')}`);
  forvent(await side.getByLabel('Fylke', { exact: true }).inputValue() === '18', 'Filteret husket ikke fylket');
  // The search narrows the same list to one kommune by its name, in small letters.
  const navn = (await side.locator('table tbody tr td:nth-child(2)').first().innerText()).replace(/ \(\d{4}\)$/, '').trim();
  await side.getByLabel('Søk', { exact: true }).fill(navn.toLowerCase());
  await side.getByRole('button', { name: 'Filtrer' }).click();
  await side.waitForURL((url) => url.searchParams.get('sok') === navn.toLowerCase());
  const sokte = await side.locator('table tbody tr td:nth-child(2)').allInnerTexts();
  forvent(sokte.length >= 1 && sokte.every((k) => k.toLowerCase().includes(navn.toLowerCase())), `Søket på «${navn}» viste ${sokte.join(', ')}`);
  await side.getByLabel('Søk', { exact: true }).fill('');
  await side.getByRole('button', { name: 'Filtrer' }).click();
  await side.waitForURL((url) => url.searchParams.get('fylke') === '18' && !url.searchParams.get('sok'));

  // The case: the rules' result with every reason, named in words.
  await side.getByRole('link', { name: 'LV-2022-0001' }).click();
  forvent((await tekst(side.locator('h1'))).includes('LV-2022-0001'), `Saken viste ${await tekst(side.locator('h1'))}`);
  const regler = side.locator('section[aria-labelledby="regelresultat"]');
  const arsaker = await regler.locator('ul.arsaker li').allInnerTexts();
  forvent(arsaker.length >= 2, `Saken viser ${arsaker.length} begrunnelser fra reglene`);
  forvent(arsaker.some((a) => a.startsWith('Kvalifisert:')), `Begrunnelsene nevner ikke «Kvalifisert»: ${arsaker.join(' | ')}`);
  forvent(arsaker.some((a) => a.includes('sentralitetsklasse')), 'Begrunnelsene forklarer ikke sentralitetsklassen');

  // The allocation page, and what a larger frame would do.
  await side.getByRole('link', { name: /^Søknadene:/ }).click();
  await side.getByRole('link', { name: 'Tildeling etter reglene' }).click();
  const rammeTekst = side.locator('#ramme-tekst');
  const forRamme = await tekst(rammeTekst);
  forvent(forRamme.includes('62 000 000'), `Tildelingen viser ikke rammen på 62 mill.: ${forRamme}`);
  await side.getByLabel('Prøv en annen ramme').fill('80000000');
  await side.getByRole('button', { name: 'Vis resultatet' }).click();
  await side.waitForURL((url) => url.searchParams.get('ramme') === '80000000');
  const etterRamme = await tekst(rammeTekst);
  forvent(etterRamme !== forRamme, `Resultatet endret seg ikke med større ramme: ${etterRamme}`);
  forvent(etterRamme.includes('80 000 000'), `Den nye rammen vises ikke: ${etterRamme}`);
  forvent((await tekst(side.locator('.ds-alert'))).includes('80 000 000'), 'Siden sier ikke at en annen ramme er prøvd');
  forvent(await side.getByLabel('Prøv en annen ramme').inputValue() === '80000000', 'Rammefeltet husket ikke verdien');

  // The language links keep the user on the same page.
  const her = new URL(side.url());
  await side.getByRole('link', { name: 'Nynorsk' }).click();
  const etter = new URL(side.url());
  forvent(etter.pathname + etter.search === her.pathname + her.search, `Språkbyttet sendte brukeren til ${side.url()}`);
  forvent(await side.locator('html').getAttribute('lang') === 'nn', 'Siden ble ikke nynorsk');
}
