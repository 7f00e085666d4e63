// A kommune (Værøy) finishes its draft with JavaScript turned off: adds a budget line, is sent from the check page's
// error summary to the missing field on another step, fills it in and sends.
import { innlogging } from '../lib/innlogging.mjs';
import { baseUrl } from '../lib/miljo.mjs';
import { referanse } from '../lib/skjema.mjs';
import { forvent } from '../lib/sjekk.mjs';

export default async function kommuneUtenJavaScript({ nettleser }) {
  // Logging in needs Keycloak's own page, which is not ours to test; the form itself runs without JavaScript.
  const tilstand = await innlogging(nettleser, 'soker-varoy');
  const kontekst = await nettleser.newContext({ baseURL: baseUrl, javaScriptEnabled: false, storageState: tilstand });
  try {
    const side = await kontekst.newPage();
    side.setDefaultTimeout(20_000);
    await side.goto('/mine-soknader');
    await side.getByRole('link', { name: /Fortsett/ }).first().click();
    await side.waitForURL(/\/steg\/1$/);
    await side.getByRole('button', { name: 'Lagre og gå videre' }).click();
    await side.waitForURL(/\/steg\/2$/);
    await side.getByRole('button', { name: 'Lagre og gå videre' }).click();
    await side.waitForURL(/\/steg\/3$/);

    const linjer = side.locator('input[name^="tiltak[0].budsjettlinjer"][name$=".tekst"]');
    const for_ = await linjer.count();
    await side.getByRole('button', { name: 'Legg til budsjettlinje' }).first().click();
    await side.waitForLoadState();
    forvent(await linjer.count() === for_ + 1, 'Knappen «Legg til budsjettlinje» la ikke til en linje uten JavaScript');
    await linjer.nth(for_).fill('Opplæring');
    await side.locator('input[name^="tiltak[0].budsjettlinjer"][name$=".belop"]').nth(for_).fill('25 000');
    await side.getByRole('button', { name: 'Lagre og gå videre' }).click();
    await side.waitForURL(/\/steg\/4$/);
    // Going on from a step asks for what that step still lacks, at the field.
    await side.getByRole('button', { name: 'Lagre og kontroller' }).click();
    await side.locator('.ds-error-summary').getByRole('link', { name: /formålet/ }).waitFor();
    forvent(await side.locator('[id="formal-feil"]').count() === 1, 'Steg 4 sier ikke at formålet mangler');
    await side.locator('nav.stegliste').getByRole('link', { name: /^5\./ }).click();
    await side.waitForURL(/\/mine-soknader\/\d+$/);

    // The draft has no purpose yet: the summary's link leads to the field on step 4, with the error beside it.
    await side.locator('.ds-error-summary').getByRole('link', { name: /formålet/ }).click();
    await side.waitForURL(/\/steg\/4\?kontroller=true#formal$/);
    forvent(await side.locator('[id="formal-feil"]').count() === 1, 'Feilen står ikke ved formålsfeltet');
    // Without JavaScript a file over the limit is sent, refused unread, and the form says so at the field.
    await side.getByLabel('Velg en PDF-fil').setInputFiles({ name: 'stor.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(12 * 1024 * 1024, 32) });
    await side.getByRole('button', { name: 'Last opp' }).click();
    await side.waitForURL(/\/steg\/4\?vedlegg=for-stor#fil$/);
    forvent((await side.locator('#fil-feil').innerText()).includes('større enn 10 MB'), 'En fil på 12 MB fikk ingen melding ved feltet');
    forvent(await side.locator('.ds-error-summary').getByRole('link', { name: /større enn 10 MB/ }).count() === 1,
      'Feiloppsummeringen nevner ikke den for store filen');
    await side.getByLabel('Formål med tilskuddet').fill('Fast bakvakt og bedre utstyr.');
    await side.getByRole('button', { name: 'Lagre og kontroller' }).click();
    await side.waitForURL(/\/mine-soknader\/\d+$/);
    forvent(await side.locator('.ds-error-summary').count() === 0, 'Kontrollsiden viser fortsatt mangler');
    await side.getByRole('button', { name: 'Send søknaden' }).click();
    await referanse(side);
  } finally {
    await kontekst.close();
  }
}
