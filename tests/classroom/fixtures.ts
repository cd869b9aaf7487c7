// Plain session records for the classroom's rules: no server, no store, no clock.
import { newRecord, type ClassRecord } from '../../src/classroom/record';
import { joinStudent } from '../../src/classroom/session';
import type { Pick } from '../../src/classroom/nickname';

/** A seeded pick (xorshift), so a failing case can be replayed. */
export function seededPick(seed = 7): Pick {
  // Spread small seeds apart (Knuth's multiplicative hash) so neighbouring seeds do not start alike.
  let s = Math.imul(seed, 2654435761) >>> 0 || 1;
  const next = (): number => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
  for (let i = 0; i < 4; i++) next();
  return (n) => next() % n;
}

export const NOW = Date.UTC(2026, 10, 2, 9, 0);

export function session(players: 2 | 3 = 2): ClassRecord {
  return newRecord(
    'K7QX2M',
    'ab'.repeat(32),
    { scenario: 'classroom-quick', players, fill: 'easy', turnSeconds: 60, language: 'en' },
    NOW,
  );
}

/** A session these students joined, in this order (each token's digest is "t-" and the nickname). */
export function withStudents(record: ClassRecord, names: readonly string[], pick = seededPick()): ClassRecord {
  let r = record;
  for (const name of names) {
    const joined = joinStudent(r, name, { tokenHash: `t-${name}`, now: NOW, pick });
    if (!joined.ok) throw new Error(`${name} could not join: ${joined.refusal.code}`);
    r = joined.value.record;
  }
  return r;
}
