// Where the tests run: set by NettleserTest, or by hand when running a flow against a running application.
import path from 'node:path';

export const baseUrl = (process.env.NETTLESER_BASE_URL || 'http://localhost:8080').replace(/\/$/, '');
export const chromiumSti = process.env.NETTLESER_CHROMIUM || '/usr/bin/chromium';
/** Screenshots for the docs are taken only when this names a directory (./mvnw test -Dskjermbilder=true). */
export const skjermbildeMappe = process.env.SKJERMBILDER ? path.resolve(process.env.SKJERMBILDER) : null;
/** Screenshots of the open pages when a flow fails, for whoever reads the failure. */
export const resultatMappe = path.resolve(process.env.NETTLESER_RESULTATER || 'resultater');
export const passord = process.env.NETTLESER_PASSORD || 'demo';
