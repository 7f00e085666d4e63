// Screenshots for docs/screenshots, taken only when asked for (./mvnw test -Dskjermbilder=true).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { skjermbildeMappe } from './miljo.mjs';

export function skjermbilderOnsket() {
  return skjermbildeMappe !== null;
}

/** Saves the whole page as `<navn>.png` in the screenshot directory; does nothing when none was asked for. */
export async function skjermbilde(side, navn) {
  if (!skjermbilderOnsket()) {
    return null;
  }
  mkdirSync(skjermbildeMappe, { recursive: true });
  const fil = path.join(skjermbildeMappe, `${navn}.png`);
  await side.screenshot({ path: fil, fullPage: true, animations: 'disabled', caret: 'hide' });
  return fil;
}
