// `npm run cluster`: two server instances on two ports sharing the local PostgreSQL and
// Redis, to try the scale-out by hand (open one URL in one browser, the other in a
// second, and play one match across them). Builds the client first unless SKIP_BUILD=1.
// Settings: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test),
// DATABASE_SCHEMA (default ngg_cluster), REDIS_URL (default redis://127.0.0.1:6379),
// REDIS_PREFIX (default ngg_cluster:), PORT_A and PORT_B (default 8081 and 8082).
// Ctrl-C stops both.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

if (process.env.SKIP_BUILD !== '1') {
  const pkg = createRequire(import.meta.url).resolve('vite/package.json');
  execFileSync(process.execPath, [join(dirname(pkg), 'bin', 'vite.js'), 'build'], { stdio: 'inherit' });
}

const shared = {
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  DATABASE_SCHEMA: process.env.DATABASE_SCHEMA ?? 'ngg_cluster',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_PREFIX: process.env.REDIS_PREFIX ?? 'ngg_cluster:',
};
const ports = [process.env.PORT_A ?? '8081', process.env.PORT_B ?? '8082'];
const children: ChildProcess[] = [];

function start(port: string, name: string): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, ...shared, PORT: port, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (b: Buffer) => {
      const text = b.toString();
      const m = /New Great Game: (\S+)/.exec(text);
      if (m?.[1] !== undefined) resolve(m[1]);
      else process.stdout.write(`[${name}] ${text}`);
    });
    child.once('exit', (code) => {
      reject(new Error(`instance ${name} exited with ${code}`));
      stopAll(1);
    });
  });
}

let stopping = false;
function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
  Promise.all(
    children.map((c) => (c.exitCode !== null ? Promise.resolve() : new Promise((r) => c.once('exit', r)))),
  ).then(() => process.exit(code));
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

try {
  // One after the other: the first creates or migrates the schema.
  const a = await start(ports[0] as string, 'A');
  const b = await start(ports[1] as string, 'B');
  process.stdout.write(
    `New Great Game, two instances sharing PostgreSQL (schema ${shared.DATABASE_SCHEMA}) and Redis (prefix ${shared.REDIS_PREFIX}):\n` +
      `  A: ${a}\n  B: ${b}\nHealth: ${a}/health and ${b}/health. Ctrl-C stops both.\n`,
  );
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  stopAll(1);
}
