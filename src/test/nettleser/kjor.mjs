// Runs browser flows: `node kjor.mjs` runs every file in flyter/, `node kjor.mjs flyter/x.mjs` only that one.
// A flow is a module whose default export is an async function taking { nettleser }; it throws when something is
// wrong. The exit code is 0 only when all flows passed.
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resultatMappe } from './lib/miljo.mjs';
import { sideneSomErApne, startNettleser } from './lib/nettleser.mjs';

const her = path.dirname(fileURLToPath(import.meta.url));
const filer = process.argv.length > 2
  ? process.argv.slice(2).map((f) => path.resolve(f))
  : readdirSync(path.join(her, 'flyter')).filter((f) => f.endsWith('.mjs')).sort().map((f) => path.join(her, 'flyter', f));

const nettleser = await startNettleser();
let feilet = 0;
try {
  for (const fil of filer) {
    const navn = path.basename(fil, '.mjs');
    const start = Date.now();
    try {
      const flyt = await import(pathToFileURL(fil).href);
      await flyt.default({ nettleser });
      console.log(`OK    ${navn} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
    } catch (e) {
      feilet++;
      console.log(`FEIL  ${navn} (${((Date.now() - start) / 1000).toFixed(1)} s)\n${e.stack || e}`);
      mkdirSync(resultatMappe, { recursive: true });
      for (const [i, side] of sideneSomErApne().entries()) {
        const bilde = path.join(resultatMappe, `${navn}-${i + 1}.png`);
        await side.screenshot({ path: bilde, fullPage: true }).catch(() => {});
        console.log(`      side ${i + 1}: ${side.url()} → ${bilde}`);
      }
    } finally {
      for (const side of sideneSomErApne()) {
        await side.context().close().catch(() => {});
      }
    }
  }
} finally {
  await nettleser.close();
}
process.exit(feilet === 0 ? 0 : 1);
