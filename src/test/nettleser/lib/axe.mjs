// axe-core in the page: WCAG 2.1 A and AA, with violations told so a person can find and fix them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeKilde = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGGER = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the page as it is now; returns the violations (empty when all is well). */
export async function axeBrudd(side) {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) stays on while axe runs.
  await side.evaluate(axeKilde);
  const resultat = await side.evaluate(async (tagger) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tagger }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      noder: v.nodes.map((n) => ({ mal: n.target.join(' '), html: n.html, sammendrag: n.failureSummary })),
    }));
  }, WCAG_TAGGER);
  return resultat.concat(await koderPaSkjermen(side));
}

// Words a person is not meant to read: UPPER_SNAKE_CASE codes (KVALIFISERT_KLASSE, INNVILGET_I_RAMMEN) and long
// words in capitals (OPPRETTET, INNVILGET). Abbreviations people use are allowed.
const KODE = /(?<![\p{L}\d])[A-ZÆØÅ][A-ZÆØÅ0-9]*(?:_[A-ZÆØÅ0-9]+)+(?![\p{L}\d])|(?<![\p{L}\d_])[A-ZÆØÅ]{6,}(?![\p{L}\d_])/gu;
const TILLATT = new Set(['KOSTRA', 'ISBN']);

/** Codes in the page's visible text, told as one violation so every page check also catches them. */
export async function koderPaSkjermen(side) {
  const tekst = await side.evaluate(() => document.body.innerText);
  const funnet = [...new Set((tekst.match(KODE) || []).filter((k) => !TILLATT.has(k)))];
  if (funnet.length === 0) {
    return [];
  }
  return [{
    id: 'kode-pa-skjermen', impact: 'serious', help: 'Koder vises i stedet for ord', helpUrl: side.url(),
    noder: funnet.map((k) => ({ mal: k, html: k, sammendrag: 'Vis en tekst for koden (Kodeord), ikke koden selv' })),
  }];
}

/** The violations as readable text, one block per rule, with the elements and what is wrong with each. */
export function beskrivBrudd(hvor, brudd) {
  return brudd.map((v) => [
    `${hvor}: ${v.id} (${v.impact}) – ${v.help}`,
    `    ${v.helpUrl}`,
    ...v.noder.flatMap((n) => [
      `    • ${n.mal}`,
      `      ${n.html.length > 200 ? n.html.slice(0, 200) + '…' : n.html}`,
      ...(n.sammendrag || '').split('\n').map((l) => `      ${l}`),
    ]),
  ].join('\n')).join('\n');
}
