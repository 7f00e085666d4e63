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
  return resultat;
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
