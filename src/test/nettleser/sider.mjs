// Every page type of the site, with the user who sees it. The accessibility flow checks each one in every language,
// the narrow-screen flow checks those marked `smal`, and the screenshot flow saves those with a `skjermbilde` name.
// A new page: add a line here (with `sti` a path, or a function that finds the path on a page opened as `bruker`).

/** The href of the first link on `sti` whose text contains `tekst`. */
export function lenke(sti, tekst) {
  return async (side) => {
    await side.goto(sti);
    const href = await side.getByRole('link', { name: tekst }).first().getAttribute('href');
    if (!href) {
      throw new Error(`Fant ingen lenke «${tekst}» på ${sti}`);
    }
    return href;
  };
}

const runde2022 = lenke('/saksbehandling', 'legevakttjenesten i distriktskommuner 2022');

/** The statistics of the 2022 round: the call's id from the filter's list, which is all an evaluator sees of calls. */
async function statistikk2022(side) {
  await side.goto('/statistikk');
  const id = await side.locator('#utlysning option', { hasText: 'distriktskommuner 2022' }).getAttribute('value');
  if (!id) {
    throw new Error('Fant ikke 2022-runden i utlysningsfilteret på /statistikk');
  }
  return `/statistikk?utlysning=${id}`;
}

export const sider = [
  { navn: 'startside', bruker: null, sti: '/', smal: true, skjermbilde: 'startside' },
  { navn: 'mine søknader', bruker: 'soker-rost', sti: '/mine-soknader', smal: true, skjermbilde: 'mine-soknader' },
  { navn: 'utlysninger (stab)', bruker: 'saksbehandler', sti: '/saksbehandling', smal: true },
  { navn: 'arbeidsliste', bruker: 'saksbehandler', sti: runde2022, smal: true, skjermbilde: 'arbeidsliste' },
  {
    navn: 'sak', bruker: 'saksbehandler', smal: true, skjermbilde: 'sak',
    sti: async (side) => lenke(await runde2022(side), 'LV-2022-0001')(side),
  },
  {
    navn: 'tildeling', bruker: 'saksbehandler', smal: true, skjermbilde: 'tildeling',
    sti: async (side) => `${await runde2022(side)}/tildeling`,
  },
  {
    navn: 'tildeling med prøvd ramme', bruker: 'saksbehandler', smal: true,
    sti: async (side) => `${await runde2022(side)}/tildeling?ramme=40000000`,
  },
  { navn: 'feilside', bruker: 'soker-rost', sti: '/saksbehandling/soknader/999999', status: 403, smal: true },
  { navn: 'søknad, lesevisning', bruker: 'soker-rost', sti: lenke('/mine-soknader', 'Se søknaden'), smal: true },
  { navn: 'simulering', bruker: 'saksbehandler', sti: '/saksbehandling/simulering', smal: true },
  { navn: 'vedtak til godkjenning', bruker: 'godkjenner', sti: '/saksbehandling/vedtak', smal: true },
  { navn: 'utbetalinger til banken', bruker: 'saksbehandler', sti: '/saksbehandling/utbetalinger', smal: true },
  {
    navn: 'simulering med utlysning', bruker: 'saksbehandler', smal: true, skjermbilde: 'simulering',
    sti: async (side) => `/saksbehandling/simulering?utlysning=${(await runde2022(side)).split('/').pop()}`,
  },
  { navn: 'administrasjon', bruker: 'admin', sti: '/admin', smal: true },
  { navn: 'ny utlysning', bruker: 'admin', sti: '/admin/utlysninger/ny', smal: true },
  {
    navn: 'gjenutlysning 2023 (admin)', bruker: 'admin', smal: true,
    sti: lenke('/admin/utlysninger', 'ny utlysning av restmidler'),
  },
  { navn: 'kommuneregisteret', bruker: 'admin', sti: '/admin/kommuneregister', smal: true },
  { navn: 'hendelseslogg', bruker: 'admin', sti: '/admin/hendelseslogg', smal: true },
  { navn: 'hendelseslogg med feil', bruker: 'admin', sti: '/admin/hendelseslogg?fra=2020-02-30', status: 400 },
  { navn: 'oppbevaring og sletting', bruker: 'admin', sti: '/admin/oppbevaring' },
  { navn: 'statistikk', bruker: 'evaluator', sti: '/statistikk', smal: true },
  { navn: 'statistikk for 2022', bruker: 'evaluator', sti: statistikk2022, smal: true },
  { navn: 'statistikk (stab)', bruker: 'saksbehandler', sti: '/statistikk', smal: true },
];

export const SPRAK = ['nb', 'nn', 'en'];

/** The path of `side` (a line of `sider`), opening pages in `vindu` when it must be found. */
export async function stiFor(sideInfo, vindu) {
  return typeof sideInfo.sti === 'function' ? sideInfo.sti(vindu) : sideInfo.sti;
}
