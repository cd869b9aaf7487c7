// The classroom bench: one server process (SQLite), one class session, forty students
// joined over HTTP and paired into twenty two-player matches; every seat is then played
// by a client over its own socket, each choosing a random legal move from its own view,
// while a teacher's socket on /class receives the dashboard. A move's dashboard latency
// is from emitting the move to the first dashboard whose entry for that match carries the
// move's state (the server coalesces dashboards to about four a second). The server's CPU
// is read from /proc for the playing window.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import type { Dashboard } from '../../src/online/classroom';
import type { Metric } from './metric';
import { connect, ours, percentile, post, Seat, seeded, spawnServer, stop } from './server';
import { GAME_NAME } from '../../src/game/game';

const STUDENTS = 40;
const PLAY_SECONDS = 20;

/** utime + stime of a process in seconds, from /proc (Linux); undefined elsewhere. */
function cpuSeconds(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime), counted from the state field (3rd).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

async function getJson(url: string, headers: Record<string, string>): Promise<Record<string, unknown>> {
  const res = await fetch(url, { headers });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

export async function benchClassroom(): Promise<Metric[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ngg-bench-class-'));
  const out: Metric[] = [];
  const round = (x: number) => Math.round(x * 100) / 100;
  const server = await spawnServer(
    'src/server/main.ts',
    {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: '0',
      DB_PATH: join(dir, 'bench.sqlite'),
      LOBBY_RATE_BURST: '100000',
      LOBBY_RATE_PER_MINUTE: '100000',
    },
    /New Great Game: (\S+)/,
  );
  const closers: (() => void)[] = [];
  try {
    const url = server.url;
    const created = await post(`${url}/api/class`, { players: 2 });
    const code = String(created.code);
    const key = String(created.teacherKey);
    const t0 = performance.now();
    const students = await Promise.all(
      Array.from({ length: STUDENTS }, (_, i) =>
        post(`${url}/api/class/${code}/join`, { nickname: `Bench ${i + 1}` }).then((b) => String(b.token)),
      ),
    );
    out.push({ name: 'classroom.joinAllMs', value: round(performance.now() - t0), unit: 'ms' });
    const t1 = performance.now();
    const res = await fetch(`${url}/api/class/${code}/pair`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-teacher-key': key },
      body: '{"auto":true}',
    });
    if (!res.ok) throw new Error(`pair: ${res.status} ${await res.text()}`);
    out.push({ name: 'classroom.pairMs', value: round(performance.now() - t1), unit: 'ms' });

    // The teacher's live dashboard: when each match's state was first seen there.
    const teacher = io(`${url}/class`, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      auth: { code, teacherKey: key },
    });
    closers.push(() => teacher.close());
    const seen = new Map<string, { stateID: number; at: number }[]>();
    let dashboards = 0;
    teacher.on('dashboard', (d: Dashboard) => {
      const at = performance.now();
      dashboards += 1;
      for (const m of d.matches) {
        const list = seen.get(m.matchID) ?? [];
        if (list.length === 0 || (list[list.length - 1]?.stateID ?? -1) < m.stateID)
          list.push({ stateID: m.stateID, at });
        seen.set(m.matchID, list);
      }
    });
    await new Promise<void>((resolve, reject) => {
      teacher.once('connect', () => resolve());
      teacher.once('connect_error', reject);
    });

    // Every student's seat, from /me, on its own socket.
    const assigned = await Promise.all(
      students.map((token) => getJson(`${url}/api/class/${code}/me`, { authorization: `Bearer ${token}` })),
    );
    const byMatch = new Map<string, Seat[]>();
    for (const me of assigned) {
      const m = me.match as { matchID: string; playerID: string; credentials: string };
      const seat = new Seat(await connect(url, GAME_NAME), m.playerID, m.credentials);
      closers.push(() => seat.socket.close());
      const list = byMatch.get(m.matchID) ?? [];
      list.push(seat);
      byMatch.set(m.matchID, list);
    }
    for (const [matchID, seats] of byMatch)
      for (const s of seats) s.socket.emit('sync', matchID, s.playerID, s.credentials, 2);
    await Promise.all([...byMatch.values()].flatMap((seats) => seats.map((s) => s.atLeast(0))));

    const sends: { matchID: string; stateID: number; at: number }[] = [];
    const cpu0 = cpuSeconds(server.proc.pid);
    const w0 = performance.now();
    const until = Date.now() + PLAY_SECONDS * 1000;
    let moves = 0;
    const rtts: number[] = [];
    await Promise.all(
      [...byMatch.entries()].map(async ([matchID, seats], i) => {
        const rand = seeded(i + 101);
        const bySeat = new Map(seats.map((s) => [s.playerID, s]));
        while (Date.now() < until) {
          const latest = Math.max(...seats.map((s) => s.state?._stateID ?? 0));
          const state = await (seats[0] as Seat).atLeast(latest);
          const actor = ours.actor(state);
          if (actor === null) return;
          const seat = bySeat.get(actor);
          if (seat === undefined) return;
          const own = await seat.atLeast(latest);
          if (ours.actor(own) !== actor) continue;
          const step = ours.choose(own, actor, rand);
          if (step === null) return;
          const action = {
            type: 'MAKE_MOVE',
            payload: { type: step.type, args: step.args, playerID: actor, credentials: seat.credentials },
          };
          sends.push({ matchID, stateID: own._stateID + 1, at: performance.now() });
          seat.socket.emit('update', action, own._stateID, matchID, actor);
          const sent = performance.now();
          await seat.atLeast(own._stateID + 1);
          rtts.push(performance.now() - sent);
          moves += 1;
        }
      }),
    );
    const wall = (performance.now() - w0) / 1000;
    const cpu1 = cpuSeconds(server.proc.pid);
    // The last dashboards of the run arrive within one coalescing window.
    await new Promise((r) => setTimeout(r, 600));

    const latencies: number[] = [];
    for (const s of sends) {
      const hit = seen.get(s.matchID)?.find((x) => x.stateID >= s.stateID && x.at >= s.at);
      if (hit !== undefined) latencies.push(hit.at - s.at);
    }
    latencies.sort((a, b) => a - b);
    out.push({ name: 'classroom.dashboardLatencyMs', value: round(percentile(latencies, 0.5)), unit: 'ms' });
    out.push({ name: 'classroom.dashboardLatencyMs.p90', value: round(percentile(latencies, 0.9)), unit: 'ms' });
    rtts.sort((a, b) => a - b);
    // For reading the latency: a move's own round trip (send to the mover's acknowledgement).
    out.push({ name: 'classroom.dashboardLatencyMs.moveRttP50', value: round(percentile(rtts, 0.5)), unit: 'ms' });
    out.push({
      name: 'classroom.dashboardLatencyMs.seenShare',
      value: round(sends.length === 0 ? 0 : latencies.length / sends.length),
      unit: 'ratio',
    });
    if (cpu0 !== undefined && cpu1 !== undefined)
      out.push({ name: 'classroom.serverCpuPercent', value: round(((cpu1 - cpu0) / wall) * 100), unit: '%' });
    out.push({ name: 'classroom.movesPerSecond', value: round(moves / wall), unit: 'moves/s' });
    out.push({ name: 'classroom.dashboardsPerSecond', value: round(dashboards / wall), unit: 'events/s' });
  } finally {
    for (const c of closers) c();
    await stop(server);
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
