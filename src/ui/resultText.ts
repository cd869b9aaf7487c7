// How the game ended, in words for the game-over sheet and the live region.
import type { Result } from '../game/state';
import { ROLE_NAME } from './names';

export function resultText(result: Result | null, rope: number): { title: string; detail: string } {
  if (result === null) return { title: 'Game over', detail: '' };
  if ('draw' in result) return { title: 'A draw', detail: 'The rope ends in the middle: neither Moscow nor Beijing holds Kazakhstan.' };
  const title = `${ROLE_NAME[result.winner]} wins`;
  const capital = result.winner === 'russia' ? 'Moscow' : 'Beijing';
  switch (result.reason) {
    case 'rope':
      return { title, detail: `The rope reached ${capital}.` };
    case 'kazakhstanGoal':
      return { title, detail: 'A sovereign Qazaqstan: the rope near the middle, Reform and Identity high, and no power owning it.' };
    case 'final':
      return { title, detail: `In 2031 the rope leans to ${capital} (${Math.abs(rope)}).` };
  }
}
