// The teacher's dashboard and a student's `me`, projected from plain records and stored
// matches (a real opening state of the game), with no server.
import { describe, expect, it } from 'vitest';
import { HOLD_FIELD } from '../../src/classroom/hold';
import { debriefTargets } from '../../src/classroom/debriefs';
import { assignMatches } from '../../src/classroom/pairing';
import { dashboardOf, meOf, type MatchMeta, type StoredMatch } from '../../src/classroom/projection';
import { ctxFor, openingState } from '../game/fixtures';
import { NOW, session, withStudents } from './fixtures';

const base = withStudents(session(), ['Ada', 'Bo', 'Cy']);
const [ada, bo, cy] = base.students as [
  (typeof base.students)[number],
  (typeof base.students)[number],
  (typeof base.students)[number],
];
const record = assignMatches(base, [{ matchID: 'm1', seats: { '0': ada.id, '1': null } }]);

function meta(extra: Record<string, unknown> = {}): MatchMeta {
  return {
    players: {
      '0': { id: 0, name: 'Ada', credentials: 'secret-0', isConnected: true },
      '1': { id: 1, name: 'Computer (easy)', credentials: 'secret-1', isConnected: true, data: { bot: 'easy' } },
    },
    updatedAt: NOW - 42_000,
    ...extra,
  } as MatchMeta;
}

function stored(phase: string, currentPlayer: string, extra: Record<string, unknown> = {}): StoredMatch {
  const match = record.matches[0];
  if (match === undefined) throw new Error('no match');
  return {
    record: match,
    state: { _stateID: 7, G: openingState(), ctx: ctxFor(phase, currentPlayer) },
    metadata: meta(extra),
  };
}

describe('a student’s own view', () => {
  it('has no match before pairing, and the seat with its credentials after', () => {
    expect(meOf(record, bo, undefined)).toEqual({
      studentId: bo.id,
      nickname: 'Bo',
      status: 'running',
      paused: false,
      match: null,
    });
    const mine = record.students.find((s) => s.id === ada.id) ?? ada;
    expect(meOf(record, mine, meta())).toEqual({
      studentId: ada.id,
      nickname: 'Ada',
      status: 'running',
      paused: false,
      match: { matchID: 'm1', playerID: '0', credentials: 'secret-0', role: 'russia' },
    });
    expect(meOf(record, mine, meta({ [HOLD_FIELD]: 'paused' })).paused).toBe(true);
    // An ended session holds the match but is not a pause.
    expect(meOf(record, mine, meta({ [HOLD_FIELD]: 'sessionEnded' })).paused).toBe(false);
  });
});

describe('the teacher’s dashboard', () => {
  it('shows each match at a glance and each student with their match and presence', () => {
    const d = dashboardOf(record, [stored('actions', '0')], NOW, (id) => id === cy.id);
    expect(d).toMatchObject({ code: 'K7QX2M', status: 'running', players: 2, waiting: 2, endsAt: null });
    const m = d.matches[0];
    expect(m).toMatchObject({ matchID: 'm1', stateID: 7, paused: false, phase: 'actions', currentPlayer: '0' });
    expect(m?.seats).toEqual([
      { playerID: '0', role: 'russia', name: 'Ada', kind: 'person', connected: true, idleSeconds: 42 },
      { playerID: '1', role: 'china', name: 'Computer (easy)', kind: 'computer', connected: true, idleSeconds: 0 },
    ]);
    expect(m?.gameover).toBeNull();
    expect(JSON.stringify(d)).not.toContain('secret');
    expect(d.students.map((s) => [s.nickname, s.matchID, s.role, s.connected])).toEqual([
      ['Ada', 'm1', 'russia', true],
      ['Bo', null, null, false],
      ['Cy', null, null, true],
    ]);
  });

  it('names nobody to act while the rules run a phase, and shows a pause', () => {
    const d = dashboardOf(record, [stored('news', '0', { [HOLD_FIELD]: 'paused' })], NOW, () => false);
    expect(d.matches[0]).toMatchObject({ currentPlayer: null, paused: true });
    expect(d.matches[0]?.seats.every((s) => s.idleSeconds === 0)).toBe(true);
  });

  it('labels each match of the class export with who played which side', () => {
    expect(debriefTargets(record).map((t) => t.label)).toEqual(['K7QX2M match 1 (russia: Ada, china: computer)']);
    expect(debriefTargets(record, 'm9')).toEqual([]);
  });
});
