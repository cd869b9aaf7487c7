import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { inProcessServer, tempDir, type TestServer } from './helpers';

/** A GET with the path sent exactly as written (fetch would normalise '..'). */
function get(url: string, path: string): Promise<{ status: number; body: string; type: string | undefined }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, type: res.headers['content-type'] }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('built client served from the same port', () => {
  const tmp = tempDir();
  let t: TestServer;
  beforeAll(async () => {
    const dist = join(tmp.dir, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>ngg</title>');
    writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
    writeFileSync(join(tmp.dir, 'secret.txt'), 'secret');
    t = await inProcessServer({ staticDir: dist });
  });
  afterAll(async () => {
    await t.close();
    tmp.remove();
  });

  it('serves the page, its assets and client routes, and nothing outside the folder', async () => {
    expect((await get(t.url, '/')).body).toContain('<title>ngg</title>');
    const asset = await get(t.url, '/assets/app-1234.js');
    expect(asset.status).toBe(200);
    expect(asset.type).toMatch(/javascript/);
    expect((await get(t.url, '/match/abc')).body).toContain('<title>ngg</title>');
    expect((await get(t.url, '/assets/missing.js')).status).toBe(404);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/../../secret.txt']) {
      const r = await get(t.url, path);
      expect(r.body).not.toContain('secret');
    }
    // The lobby shares the port.
    expect((await get(t.url, '/games')).body).toContain('new-great-game');
  });
});
