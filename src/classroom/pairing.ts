// Pairing: the waiting students form matches (in join order, or in the teacher's own
// groups), each group's roles are shuffled, and the computer at the session's level takes
// the seats no student fills. The server creates the matches these plans describe and
// then records them with assignMatches, all in one write.
import type { FillLevel } from '../online/classroom';
import { refused } from '../online/reasons';
import { no, ok, type Decision } from './decision';
import type { Pick } from './nickname';
import type { ClassMatchRecord, ClassRecord } from './record';
import { mustBeOpen } from './session';

/** Seat -> student id, or null for a computer seat. */
export type Seating = Readonly<Record<string, string | null>>;

/** The groups to pair now: the teacher's (checked) or, with 'auto', the waiting students in join order. */
export function pairingGroups(
  record: ClassRecord,
  groupsIn: readonly (readonly string[])[] | 'auto',
): Decision<readonly (readonly string[])[]> {
  const open = mustBeOpen(record);
  if (!open.ok) return open;
  let groups: (readonly string[])[] = [];
  if (groupsIn === 'auto') {
    const waiting = record.students.filter((s) => s.matchID === null);
    for (let i = 0; i < waiting.length; i += record.players)
      groups.push(waiting.slice(i, i + record.players).map((s) => s.id));
  } else {
    const seen = new Set<string>();
    for (const g of groupsIn) {
      if (g.length < 1 || g.length > record.players) return no(refused('groupSize', { max: record.players }));
      for (const id of g) {
        const s = record.students.find((x) => x.id === id);
        if (s === undefined) return no(refused('noStudent', { id: id.slice(0, 20) }));
        if (s.matchID !== null) return no(refused('alreadyPaired', { nickname: s.nickname }));
        if (seen.has(id)) return no(refused('twoGroups', { nickname: s.nickname }));
        seen.add(id);
      }
    }
    groups = [...groupsIn];
  }
  return groups.length === 0 ? no(refused('noneWaiting')) : ok(groups);
}

/** A group's seats: roles shuffled, the seats left over the computer's. */
export function seatGroup(record: ClassRecord, group: readonly string[], pick: Pick): Seating {
  const order = Array.from({ length: record.players }, (_, i) => String(i));
  for (let i = order.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [order[i], order[j]] = [order[j] as string, order[i] as string];
  }
  const seats: Record<string, string | null> = {};
  for (let i = 0; i < record.players; i++) seats[order[i] as string] = group[i] ?? null;
  return seats;
}

/** The matches a pairing would create, one seating per group; refused as pairingGroups refuses. */
export function planPairing(
  record: ClassRecord,
  groupsIn: readonly (readonly string[])[] | 'auto',
  pick: Pick,
): Decision<readonly Seating[]> {
  const groups = pairingGroups(record, groupsIn);
  return groups.ok ? ok(groups.value.map((g) => seatGroup(record, g, pick))) : groups;
}

/** What a class match is created with: the setup data, and the name and student of each person's seat. */
export function classMatchSetup(
  record: ClassRecord,
  seats: Seating,
): {
  readonly setupData: {
    readonly scenario: string;
    readonly players: 2 | 3;
    readonly online: { readonly bots?: Readonly<Record<string, FillLevel>>; readonly turnSeconds?: number };
    readonly class: string;
  };
  readonly people: Readonly<Record<string, { readonly name: string; readonly studentId: string }>>;
} {
  const bots: Record<string, FillLevel> = {};
  const people: Record<string, { name: string; studentId: string }> = {};
  for (const [seat, studentId] of Object.entries(seats)) {
    const student = studentId === null ? undefined : record.students.find((s) => s.id === studentId);
    if (studentId === null) bots[seat] = record.fill;
    else if (student !== undefined) people[seat] = { name: student.nickname, studentId: student.id };
  }
  const setupData = {
    scenario: record.scenario,
    players: record.players,
    online: {
      ...(Object.keys(bots).length > 0 ? { bots } : {}),
      ...(record.turnSeconds === null ? {} : { turnSeconds: record.turnSeconds }),
    },
    class: record.code,
  };
  return { setupData, people };
}

/** The session with its new matches recorded and their students seated; it is running from now. */
export function assignMatches(record: ClassRecord, matches: readonly ClassMatchRecord[]): ClassRecord {
  const seatOf = new Map<string, { matchID: string; playerID: string }>();
  for (const m of matches)
    for (const [playerID, studentId] of Object.entries(m.seats))
      if (studentId !== null) seatOf.set(studentId, { matchID: m.matchID, playerID });
  return {
    ...record,
    status: 'running',
    matches: [...record.matches, ...matches],
    students: record.students.map((s) => {
      const seat = seatOf.get(s.id);
      return seat === undefined ? s : { ...s, ...seat };
    }),
  };
}
