// The baseline server for the server bench, run as its own process: boardgame.io's
// stock Server, its own socket transport and its in-memory store, running a game that
// costs nothing, so server.baseline.* is boardgame.io's own overhead.
// Bound to loopback by calling listen on the HTTP server its socket layer made. Matches
// are made by syncing a new match ID, which the stock server allows (ours refuses it).
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'boardgame.io/server';
import { counterGame } from './counterGame';

const server = Server({ games: [counterGame], origins: [] });
const http = (server.app as unknown as { server: HttpServer }).server;
const listen = (port: number, done: () => void) => http.listen(port, '127.0.0.1', done);
Object.assign(server.app, { listen });
const { appServer } = await server.run({ port: Number(process.env.PORT ?? 0) });
process.stdout.write(`Baseline server: http://127.0.0.1:${(appServer.address() as AddressInfo).port}\n`);
process.on('SIGTERM', () => process.exit(0));
