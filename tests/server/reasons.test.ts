// Every refusal the server sends is a code with parameters (src/online/reasons.ts): the
// English sentence is derived from the code, every code the server builds is a known one,
// the browser reads a refusal off the wire without trusting it, and every code has words
// in every locale.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI_EN } from '../../src/i18n/en';
import { KK } from '../../src/i18n/locales/kk';
import { RU } from '../../src/i18n/locales/ru';
import { ZH } from '../../src/i18n/locales/zh';
import {
  isServerReasonCode,
  readRefusal,
  reasonText,
  refused,
  SERVER_REASON_CODES,
  wireParams,
} from '../../src/online/reasons';
import { asRefused } from '../../src/server/lobby';
import { errorBody, httpStatus } from '../../src/server/refused';

const sources = (dir: string): { file: string; text: string }[] =>
  readdirSync(new URL(`../../src/${dir}/`, import.meta.url))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({
      file: `${dir}/${f}`,
      text: readFileSync(new URL(`../../src/${dir}/${f}`, import.meta.url), 'utf8'),
    }));

describe('server refusal codes', () => {
  it('name only known codes wherever the server and the classroom build a refusal', () => {
    const built = ['server', 'classroom']
      .flatMap(sources)
      .flatMap(({ file, text }) =>
        [...text.matchAll(/refused\('([A-Za-z]+)'/g)].map((m) => ({ file, code: m[1] ?? '' })),
      );
    expect(built.length).toBeGreaterThan(40);
    expect(built.filter((b) => !isServerReasonCode(b.code))).toEqual([]);
    // No sentence is parsed back into a code any more.
    for (const { file, text } of [...sources('server'), ...sources('online')])
      expect(text, file).not.toMatch(/codeOf|refusalCode|lobbyErrorCode/);
  });

  it('derive the English sentence from the code and its parameters', () => {
    expect(reasonText(refused('stale', { sent: 3, current: 4 }))).toBe('stale state: sent 3, current 4');
    expect(reasonText(refused('raced', { view: 'resynced', found: 7 }))).toBe(
      'another move reached this match first (state 7); your view was resynced',
    );
    expect(reasonText(refused('payloadTooLarge', { limit: 16384 }))).toBe('payload over 16384 bytes');
    expect(reasonText(refused('notAllowed', { action: 'move' }))).toBe('move not allowed now');
    expect(reasonText(refused('paused'))).toBe('the teacher has paused the match');
    expect(reasonText(refused('sessionEnded'))).toBe('the class session has ended');
    expect(reasonText(refused('rule', { rule: 'kzOwnPhase' }))).toBe('Kazakhstan acts in its own phase');
    expect(reasonText(refused('rule', { rule: 'pointCost', tile: 'almaty', cost: 2, left: 1 }))).toMatch(
      /costs 2 operations; 1 left/,
    );
    expect(reasonText(refused('nicknameTaken', { nickname: 'Aigerim' }))).toBe(
      'the nickname “Aigerim” is taken in this class; choose another',
    );
    expect(reasonText(refused('classNotFound', { code: 'ZZZZZZ' }))).toBe('no class session with code ZZZZZZ');
    for (const code of SERVER_REASON_CODES) expect(typeof code).toBe('string');
  });

  it("code boardgame.io's own lobby errors by their status, keeping their sentence", () => {
    const taken = asRefused(Object.assign(new Error('Player 0 not available'), { status: 409 }));
    expect(taken.refusal.code).toBe('seatTaken');
    expect(httpStatus(taken)).toBe(409);
    expect(errorBody(taken.refusal, taken.message)).toEqual({
      error: 'Player 0 not available',
      code: 'seatTaken',
      params: { detail: 'Player 0 not available' },
    });
    const crash = asRefused(new Error('boom'));
    expect(crash.refusal.code).toBe('internal');
    expect(httpStatus(crash)).toBe(500);
    expect(crash.message).toBe('internal error');
  });

  it('are read off the wire only when the code is known, with plain parameters', () => {
    expect(readRefusal({ code: 'paused' })).toEqual({ code: 'paused', params: {} });
    expect(readRefusal({ code: 'noSeat', params: { seat: '2', evil: { x: 1 } } })).toEqual({
      code: 'noSeat',
      params: { seat: '2' },
    });
    expect(readRefusal({ code: 'nope' })).toBeUndefined();
    expect(readRefusal({ code: 'toString' })).toBeUndefined();
    expect(readRefusal('paused')).toBeUndefined();
    expect(readRefusal({ code: 'rule', params: { rule: 'notYourTurn' } })?.code).toBe('rule');
    expect(readRefusal({ code: 'rule', params: { rule: 'constructor' } })).toBeUndefined();
    expect(wireParams(refused('paused'))).toEqual({});
  });

  it('have words in English, Russian, Kazakh and Chinese', () => {
    for (const ui of [UI_EN, RU.ui, KK.ui, ZH.ui])
      for (const code of SERVER_REASON_CODES)
        expect(typeof (ui.serverReason as Record<string, string>)[code]).toBe('string');
    expect(Object.keys(UI_EN.serverReason).sort()).toEqual([...SERVER_REASON_CODES, 'unreachable'].sort());
  });
});
