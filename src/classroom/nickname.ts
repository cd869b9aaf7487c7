// The nickname rules: what a student may call themselves (1-24 letters of any script,
// digits, spaces and - _ .; no markup, no control characters), when two nicknames are the
// same one, and the friendly nicknames offered on the join page.
import { NICKNAME_MAX } from '../online/classroom';
import { refused } from '../online/reasons';
import { no, ok, type Decision } from './decision';

/** A uniform whole number from 0 to n - 1 (the server passes a cryptographic one; tests a seeded one). */
export type Pick = (n: number) => number;

const NICKNAME_CHARS = /^[\p{L}\p{M}\p{N} _.-]+$/u;

/** A typed nickname in its cleaned form (trimmed, NFC, single spaces), or why it is refused. */
export function checkNickname(raw: unknown): Decision<string> {
  if (typeof raw !== 'string') return no(refused('nicknameChars', { problem: 'text' }));
  if (raw.length > 200) return no(refused('nicknameLong', { max: NICKNAME_MAX }));
  const nickname = raw.normalize('NFC').trim().replace(/ {2,}/g, ' ');
  if (nickname.length === 0) return no(refused('nicknameEmpty'));
  if (/[<>&"'`/\\]/.test(nickname)) return no(refused('nicknameMarkup'));
  if ([...nickname].length > NICKNAME_MAX) return no(refused('nicknameLong', { max: NICKNAME_MAX }));
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(nickname)) return no(refused('nicknameChars', { problem: 'control' }));
  if (!NICKNAME_CHARS.test(nickname)) return no(refused('nicknameChars', { problem: 'chars' }));
  return ok(nickname);
}

/** Two nicknames that read alike are the same nickname. */
export function nicknameKey(n: string): string {
  return n.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ');
}

export function nicknameTaken(taken: readonly string[], nickname: string): boolean {
  const key = nicknameKey(nickname);
  return taken.some((n) => nicknameKey(n) === key);
}

const ADJECTIVES = [
  'Swift',
  'Bright',
  'Calm',
  'Bold',
  'Clever',
  'Quiet',
  'Brave',
  'Keen',
  'Steady',
  'Wise',
  'Lucky',
  'Sunny',
  'Nimble',
  'Gentle',
  'Proud',
  'Merry',
];
const ANIMALS = [
  'Falcon',
  'Snow Leopard',
  'Saiga',
  'Eagle',
  'Camel',
  'Marmot',
  'Wolf',
  'Ibex',
  'Crane',
  'Argali',
  'Lynx',
  'Fox',
  'Horse',
  'Owl',
  'Bustard',
  'Tiger',
];

/** A friendly nickname not used in the session (e.g. "Swift Falcon 12"). */
export function generatedNickname(taken: readonly string[], pick: Pick): string {
  const used = new Set(taken.map(nicknameKey));
  for (;;) {
    const name = `${ADJECTIVES[pick(ADJECTIVES.length)]} ${ANIMALS[pick(ANIMALS.length)]} ${1 + pick(99)}`;
    if (name.length <= NICKNAME_MAX && !used.has(nicknameKey(name))) return name;
  }
}
