// `npm start`: build the browser client when the project has one (a vite config), then
// run the server in this same process, so a signal to this process reaches the server.
// SKIP_BUILD=1 serves the dist/ already built.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const hasClient = ['vite.config.ts', 'vite.config.js', 'vite.config.mjs'].some((f) => existsSync(f));
if (hasClient && process.env.SKIP_BUILD !== '1') {
  // vite exports no path to its command-line entry; find it from its package.json.
  const pkg = createRequire(import.meta.url).resolve('vite/package.json');
  const vite = join(dirname(pkg), 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build'], { stdio: 'inherit' });
}
await import('../src/server/main');
