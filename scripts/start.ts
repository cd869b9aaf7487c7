// `npm start`: build the browser client when the project has one (a vite config), then
// run the server in this same process, so a signal to this process reaches the server.
// SKIP_BUILD=1 serves the dist/ already built.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const hasClient = ['vite.config.ts', 'vite.config.js', 'vite.config.mjs'].some((f) => existsSync(f));
if (hasClient && process.env.SKIP_BUILD !== '1') {
  const vite = createRequire(import.meta.url).resolve('vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build'], { stdio: 'inherit' });
}
await import('../src/server/main');
