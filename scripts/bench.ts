// npm run bench [-- --only GROUP]: prints one JSON object per line, {"name","value","unit"}.
import { fail, readArgs } from './args';
import type { Metric } from './bench/metric';
import { benchAi } from './bench/ai';
import { benchClassroom } from './bench/classroom';
import { benchClient } from './bench/client';
import { benchCluster } from './bench/cluster';
import { benchRules } from './bench/rules';
import { benchServer } from './bench/server';

const GROUPS: Record<string, () => Promise<Metric[]>> = {
  rules: benchRules,
  client: benchClient,
  server: benchServer,
  cluster: benchCluster,
  ai: benchAi,
  classroom: benchClassroom,
};

const args = readArgs(process.argv.slice(2));
const only = args.get('only');
if (only !== undefined && !(only in GROUPS)) fail(`--only must be one of ${Object.keys(GROUPS).join(', ')}`);
for (const [name, run] of Object.entries(GROUPS)) {
  if (only !== undefined && name !== only) continue;
  for (const m of await run()) process.stdout.write(`${JSON.stringify(m)}\n`);
}
