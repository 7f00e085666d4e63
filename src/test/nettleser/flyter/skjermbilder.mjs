// The screenshots in docs/screenshots, renewed only on request: ./mvnw test -Dtest=NettleserTest -Dskjermbilder=true
import { innlogging } from '../lib/innlogging.mjs';
import { ga, lukk, nyttVindu } from '../lib/nettleser.mjs';
import { skjermbilde, skjermbilderOnsket } from '../lib/skjermbilde.mjs';
import { sider, stiFor } from '../sider.mjs';

export default async function skjermbilder({ nettleser }) {
  if (!skjermbilderOnsket()) {
    console.log('      (ingen skjermbilder; be om dem med -Dskjermbilder=true)');
    return;
  }
  for (const info of sider.filter((s) => s.skjermbilde)) {
    const side = await nyttVindu(nettleser, { innlogging: await innlogging(nettleser, info.bruker), bredde: 1200, hoyde: 900 });
    try {
      await ga(side, await stiFor(info, side), info.status ?? 200);
      console.log(`      ${await skjermbilde(side, info.skjermbilde)}`);
    } finally {
      await lukk(side);
    }
  }
}
