// Chromium from the machine (never downloaded), and windows (contexts) with a language and a viewport.
import { chromium } from 'playwright-core';
import { baseUrl, chromiumSti } from './miljo.mjs';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

const apneSider = new Set();

export async function startNettleser() {
  return chromium.launch({ executablePath: chromiumSti, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A fresh window (own cookies) showing the site in `sprak` (nb, nn, en), logged in if `innlogging` (the storage
 * state from innlogging.mjs) is given. `bredde`/`hoyde` are CSS pixels; `skala` is the device scale factor.
 */
export async function nyttVindu(nettleser, { sprak = 'nb', innlogging, bredde = 1200, hoyde = 900, skala = 1 } = {}) {
  const kontekst = await nettleser.newContext({
    baseURL: baseUrl,
    viewport: { width: bredde, height: hoyde },
    deviceScaleFactor: skala,
    locale: 'nb-NO',
    storageState: innlogging,
  });
  await kontekst.addCookies([{ name: 'sprak', value: sprak, url: baseUrl }]);
  const side = await kontekst.newPage();
  side.setDefaultTimeout(20_000);
  apneSider.add(side);
  side.on('close', () => apneSider.delete(side));
  return side;
}

export async function lukk(side) {
  await side.context().close();
}

/** Pages still open, so that the runner can take pictures of them when a flow fails. */
export function sideneSomErApne() {
  return [...apneSider].filter((s) => !s.isClosed());
}

/** Goes to `sti` and checks the HTTP status of the answer (200 unless told). */
export async function ga(side, sti, forventetStatus = 200) {
  const svar = await side.goto(sti);
  if (!svar || svar.status() !== forventetStatus) {
    throw new Error(`${sti} svarte ${svar ? svar.status() : 'ingenting'}, ventet ${forventetStatus} (side: ${side.url()})`);
  }
  return svar;
}
