// Serves the built client (dist/) from the same port as the lobby and the sockets,
// so one process and one URL is all a classroom needs. Paths are resolved inside the
// folder only; an unknown path without an extension gets index.html (client routes
// such as an invite link). Text assets go out as the brotli or gzip copy the build made
// next to them, when the browser accepts it; hashed assets are cached for a year.
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A handler for the folder, or one that explains the client is not built. */
export function staticFiles(dir: string): Handler {
  const root = resolve(dir);
  const built = existsSync(join(root, 'index.html'));
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed');
    if (!built)
      return send(res, 404, 'text/plain; charset=utf-8', 'The client is not built: run npm run build, then restart.');
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return send(res, 400, 'text/plain; charset=utf-8', 'bad path');
    }
    let file = resolve(root, `.${normalize(path)}`);
    if (file !== root && !file.startsWith(root + sep)) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    if (!isFile(file)) {
      if (extname(path) !== '') return send(res, 404, 'text/plain; charset=utf-8', 'not found');
      file = join(root, 'index.html');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Vite puts content hashes in asset names, so those may be cached for good.
    const cache = file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    // The build leaves brotli and gzip copies next to text assets; send the one the browser takes.
    const coded = precompressed(file, String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      'content-type': type,
      'cache-control': cache,
      'x-content-type-options': 'nosniff',
      vary: 'accept-encoding',
      ...(coded === undefined ? {} : { 'content-encoding': coded.encoding }),
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(coded?.file ?? file).pipe(res);
  };
}

/** The compressed copy of a file that the request accepts (brotli first), if the build made one. */
function precompressed(file: string, accept: string): { file: string; encoding: string } | undefined {
  const takes = (name: string) => new RegExp(`(^|[,\\s])${name}(?!;q=0(\\.0*)?(,|$))`).test(accept);
  if (takes('br') && isFile(`${file}.br`)) return { file: `${file}.br`, encoding: 'br' };
  if (takes('gzip') && isFile(`${file}.gz`)) return { file: `${file}.gz`, encoding: 'gzip' };
  return undefined;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}
