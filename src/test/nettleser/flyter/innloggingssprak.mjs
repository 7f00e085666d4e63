// Keycloak's login page speaks the site's language: bokmål, or nynorsk or English when the user chose it on the site.
// The browser asks for bokmål (Accept-Language nb-NO) in every window, so nynorsk and English can only come from the
// site's choice. A wrong password is told in the same language, axe checks the page, and the user comes back to the
// site logged in, still in that language.
import { axeBrudd, beskrivBrudd } from '../lib/axe.mjs';
import { tilInnloggingssiden } from '../lib/innlogging.mjs';
import { baseUrl, passord } from '../lib/miljo.mjs';
import { lukk, nyttVindu } from '../lib/nettleser.mjs';
import { Feilliste } from '../lib/sjekk.mjs';

const BRUKER = 'soker-traena';
const FORVENTET = {
  nb: { tittel: 'Logg inn i Legevakttilskudd', brukernavn: 'Brukernavn eller e-postadresse', passord: 'Passord', knapp: 'Logg inn', feil: 'Feil brukernavn eller passord.' },
  nn: { tittel: 'Logg inn i Legevakttilskudd', brukernavn: 'Brukarnamn eller e-postadresse', passord: 'Passord', knapp: 'Logg inn', feil: 'Feil brukarnamn eller passord.' },
  en: { tittel: 'Log in to Legevakttilskudd', brukernavn: 'Username or email', passord: 'Password', knapp: 'Log in', feil: 'Wrong username or password.' },
};

async function tekst(side, velger) {
  return (await side.locator(velger).first().innerText()).replace(/\s+/g, ' ').trim();
}

async function sammenlign(feil, hvor, navn, sett, ventet) {
  if (sett !== ventet) {
    feil.legg(`${hvor}: ${navn} er «${sett}», ventet «${ventet}»`);
  }
}

export default async function innloggingssprak({ nettleser }) {
  const feil = new Feilliste();
  for (const [sprak, ventet] of Object.entries(FORVENTET)) {
    const side = await nyttVindu(nettleser, { sprak });
    const hvor = `innloggingssiden [${sprak}]`;
    try {
      await tilInnloggingssiden(side);
      await sammenlign(feil, hvor, '<html lang>', await side.locator('html').getAttribute('lang'), sprak);
      await sammenlign(feil, hvor, '<title>', await side.title(), ventet.tittel);
      await sammenlign(feil, hvor, 'etiketten for brukernavnet', await tekst(side, 'label[for="username"]'), ventet.brukernavn);
      await sammenlign(feil, hvor, 'etiketten for passordet', await tekst(side, 'label[for="password"]'), ventet.passord);
      await sammenlign(feil, hvor, 'knappen', await tekst(side, '#kc-login'), ventet.knapp);
      const brudd = await axeBrudd(side);
      if (brudd.length > 0) {
        feil.legg(beskrivBrudd(hvor, brudd));
      }

      await side.locator('#username').fill(BRUKER);
      await side.locator('#password').fill('feil-passord');
      await side.locator('#kc-login').click();
      await side.locator('#input-error-username').waitFor();
      await sammenlign(feil, hvor, 'feilmeldingen', await tekst(side, '#input-error-username'), ventet.feil);

      await side.locator('#password').fill(passord);
      await side.locator('#kc-login').click();
      await side.waitForURL((url) => url.href.startsWith(baseUrl) && !url.pathname.startsWith('/logg-inn'));
      if (await side.locator('a[href="/logg-ut"]').count() === 0) {
        feil.legg(`${hvor}: ${BRUKER} ble ikke logget inn; havnet på ${side.url()}`);
      }
      await sammenlign(feil, `${hvor}, tilbake på nettstedet`, '<html lang>', await side.locator('html').getAttribute('lang'), sprak);
    } catch (e) {
      feil.legg(`${hvor}: ${e.message}`);
    } finally {
      await lukk(side);
    }
  }
  feil.avslutt('Innloggingssiden følger ikke nettstedets språk');
}
