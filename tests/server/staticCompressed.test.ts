// The built client's text assets go out as the brotli or gzip copy the build made next to
// them, as the browser's Accept-Encoding allows, and hashed assets are cached for a year.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { inProcessServer, tempDir, type TestServer } from './helpers';

function get(url: string, path: string, accept?: string) {
  const u = new URL(url);
  return new Promise<{ status: number; body: Buffer; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path,
        method: 'GET',
        headers: accept === undefined ? {} : { 'accept-encoding': accept },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('compressed static files', () => {
  const tmp = tempDir();
  const js = `console.log(${JSON.stringify('x'.repeat(5000))});`;
  let t: TestServer;
  beforeAll(async () => {
    const dist = join(tmp.dir, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>ngg</title>');
    writeFileSync(join(dist, 'assets', 'app-1234.js'), js);
    writeFileSync(join(dist, 'assets', 'app-1234.js.br'), brotliCompressSync(js));
    writeFileSync(join(dist, 'assets', 'app-1234.js.gz'), gzipSync(js));
    t = await inProcessServer({ staticDir: dist });
  });
  afterAll(async () => {
    await t.close();
    tmp.remove();
  });

  it('sends brotli, else gzip, else the file itself, with the JavaScript type and a year of cache', async () => {
    const br = await get(t.url, '/assets/app-1234.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(js);
    expect(br.body.length).toBeLessThan(js.length / 10);
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toBe('accept-encoding');
    const gz = await get(t.url, '/assets/app-1234.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(js);
    const plain = await get(t.url, '/assets/app-1234.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(js);
    // A coding the browser refuses (q=0) is not sent.
    const refused = await get(t.url, '/assets/app-1234.js', 'br;q=0, gzip');
    expect(refused.headers['content-encoding']).toBe('gzip');
    // A file the build did not compress goes as it is.
    const page = await get(t.url, '/', 'br');
    expect(page.headers['content-encoding']).toBeUndefined();
    expect(page.headers['cache-control']).toBe('no-cache');
  });
});
