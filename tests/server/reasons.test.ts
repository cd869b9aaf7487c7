// Every sentence the server refuses with has a code of its own (none falls through to
// the rules' catch-all), and every code has words in every locale.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI_EN } from '../../src/i18n/en';
import { KK } from '../../src/i18n/locales/kk';
import { RU } from '../../src/i18n/locales/ru';
import { ZH } from '../../src/i18n/locales/zh';
import { codeOf, lobbyErrorCode, refusalCode, SERVER_REASON_CODES } from '../../src/online/reasons';

const source = (f: string): string => readFileSync(new URL(`../../src/server/${f}`, import.meta.url), 'utf8');

describe('server refusal codes', () => {
  it('give every fixed refusal sentence in the transport and the lobby guard its own code', () => {
    const sentences = [...source('transport.ts').matchAll(/new Refusal\((['`])([^'`$]+)/g)].map((m) => m[2] ?? '');
    const lobby = [...source('lobby.ts').matchAll(/new LobbyError\(\d+, (['`])([^'`$]+)/g)].map((m) => m[2] ?? '');
    expect(sentences.length).toBeGreaterThan(8);
    expect(lobby.length).toBeGreaterThan(5);
    const uncoded = [...sentences, ...lobby].filter((s) => codeOf(s) === undefined);
    expect(uncoded).toEqual([]);
  });

  it('read the sentences that carry numbers and the class session ones', () => {
    expect(refusalCode('stale state: sent 3, current 4')).toBe('stale');
    expect(refusalCode('another move reached this match first (state 7); your view was resynced')).toBe('stale');
    expect(refusalCode('payload over 16384 bytes')).toBe('payloadTooLarge');
    expect(refusalCode('move not allowed now')).toBe('notAllowed');
    expect(refusalCode('the teacher has paused the match')).toBe('paused');
    expect(refusalCode('the class session has ended')).toBe('sessionEnded');
    expect(refusalCode('Kazakhstan acts in its own phase')).toBe('rule');
    expect(lobbyErrorCode(409, 'Player 0 not available')).toBe('seatTaken');
    expect(lobbyErrorCode(500, 'internal error')).toBe('internal');
  });

  it('give every fixed refusal sentence of the classroom API its own code', () => {
    const sentences = ['classroom.ts', 'classHttp.ts'].flatMap((f) =>
      [...source(f).matchAll(/new ClassError\(\d+, (['`])([^'`$]+)/g)].map((m) => m[2] ?? ''),
    );
    expect(sentences.length).toBeGreaterThan(12);
    // The routes' own misuse (wrong method, unknown route, malformed body) stays a generic refusal.
    const generic =
      /^(use |create a class session with POST|no such class route|invalid request|only the teacher|the match could not be set up|a group has|no student |match |there is no world event)/;
    // A sentence built with a name in it is read only up to the name here; its whole form is checked below.
    const templated = (s: string): boolean => s === 'the nickname “';
    const uncoded = sentences.filter((s) => codeOf(s) === undefined && !generic.test(s) && !templated(s));
    expect(uncoded).toEqual([]);
    expect(codeOf('the nickname “Aigerim” is taken in this class; choose another')).toBe('nicknameTaken');
    expect(codeOf('no class session with code ZZZZZZ')).toBe('classNotFound');
  });

  it('have words in English, Russian, Kazakh and Chinese', () => {
    for (const ui of [UI_EN, RU.ui, KK.ui, ZH.ui])
      for (const code of SERVER_REASON_CODES)
        expect(typeof (ui.serverReason as Record<string, string>)[code]).toBe('string');
    expect(Object.keys(UI_EN.serverReason).sort()).toEqual([...SERVER_REASON_CODES, 'unreachable'].sort());
  });
});
