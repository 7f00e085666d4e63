// Logging in the way a person does: the site's «Logg inn» button, then Keycloak's own login page.
import { baseUrl, passord } from './miljo.mjs';
import { lukk, nyttVindu } from './nettleser.mjs';

/** From the site's front page to Keycloak's login page, the way a person gets there: the «Logg inn» button. */
export async function tilInnloggingssiden(side) {
  await side.goto('/');
  await side.locator('a[href="/logg-inn"]').first().click();
  await side.waitForURL((url) => url.pathname.includes('/protocol/openid-connect/auth'));
}

/** Logs `bruker` in on `side` through the real Keycloak login form; ends on the user's home page. */
export async function loggInn(side, bruker) {
  await tilInnloggingssiden(side);
  await side.locator('#username').fill(bruker);
  await side.locator('#password').fill(passord);
  await side.locator('#kc-login').click();
  await side.waitForURL((url) => url.href.startsWith(baseUrl) && !url.pathname.startsWith('/logg-inn'));
  if (await side.locator('a[href="/logg-ut"]').count() === 0) {
    throw new Error(`${bruker} ble ikke logget inn; havnet på ${side.url()}`);
  }
}

const tilstander = new Map();

/**
 * The cookies of a logged-in `bruker`, to open more windows (other languages, other widths) without logging in
 * again. Each user logs in through Keycloak once per run.
 */
export async function innlogging(nettleser, bruker) {
  if (!bruker) {
    return undefined;
  }
  if (!tilstander.has(bruker)) {
    const side = await nyttVindu(nettleser);
    await loggInn(side, bruker);
    tilstander.set(bruker, await side.context().storageState());
    await lukk(side);
  }
  return tilstander.get(bruker);
}
