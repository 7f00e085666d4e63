// A case taken to an accepted award through the pages, as the flows after the decision need it: the caseworker proposes
// what the rules give the kommune's 2022 application, the approver approves and sends it, and the kommune accepts with
// an account number. The three windows stay open for the flow to go on in.
import { loggInn } from './innlogging.mjs';
import { nyttVindu } from './nettleser.mjs';

const tekst = async (lokator) => (await lokator.innerText()).replace(/\s+/g, ' ').trim();

/**
 * @param kommunenavn the kommune's name as the work list shows it («Værøy»)
 * @param bruker      the kommune's login («soker-varoy»)
 * @returns the windows, the case's reference and its paths for the caseworker (sakSti) and the kommune (soknadSti)
 */
export async function akseptertTilskudd(nettleser, kommunenavn, bruker) {
  const saksbehandler = await nyttVindu(nettleser);
  await loggInn(saksbehandler, 'saksbehandler');
  await saksbehandler.getByRole('link', { name: 'distriktskommuner 2022' }).click();
  await saksbehandler.locator('tr', { hasText: kommunenavn }).getByRole('link').first().click();
  const sakSti = new URL(saksbehandler.url()).pathname;
  const ref = (await tekst(saksbehandler.locator('h1'))).match(/LV-2022-\d+/)[0];
  await saksbehandler.getByRole('button', { name: 'Foreslå vedtaket' }).click();
  await saksbehandler.waitForURL((url) => url.searchParams.get('melding') === 'vedtak-foreslatt');
  const godkjenner = await nyttVindu(nettleser);
  await loggInn(godkjenner, 'godkjenner');
  await godkjenner.getByRole('link', { name: 'Vedtak til godkjenning' }).click();
  await godkjenner.locator('article', { hasText: ref }).getByRole('button', { name: 'Godkjenn vedtaket' }).click();
  await godkjenner.waitForURL((url) => url.searchParams.get('melding') === 'vedtak-godkjent');
  await godkjenner.locator('tr', { hasText: kommunenavn }).getByRole('button', { name: /Send vedtaket til kommunen/ }).click();
  await godkjenner.waitForURL((url) => url.searchParams.get('melding') === 'vedtak-sendt');

  const kommune = await nyttVindu(nettleser);
  await loggInn(kommune, bruker);
  await kommune.goto('/mine-soknader');
  await kommune.locator('tr', { hasText: ref }).getByRole('link').first().click();
  const soknadSti = new URL(kommune.url()).pathname;
  await kommune.getByLabel('Kontonummer (11 sifre)').fill('1234 56 78903');
  await kommune.getByRole('button', { name: 'Aksepter vilkårene' }).click();
  await kommune.getByText('Vilkårene er akseptert. Takk!').waitFor();
  return { saksbehandler, godkjenner, kommune, ref, sakSti, soknadSti };
}
