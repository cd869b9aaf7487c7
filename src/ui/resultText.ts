// How the game ended, in words for the game-over sheet and the live region.
import type { Result } from '../game/state';
import { t } from '../i18n/index';
import { roleName } from './names';

export function resultText(result: Result | null, rope: number): { title: string; detail: string } {
  if (result === null) return { title: t('over.gameOver'), detail: '' };
  if ('draw' in result) return { title: t('over.draw'), detail: t('over.drawDetail') };
  const title = t('over.wins', { name: roleName(result.winner) });
  const capital = t(result.winner === 'russia' ? 'capital.moscow' : 'capital.beijing');
  switch (result.reason) {
    case 'rope':
      return { title, detail: t('over.rope', { capital }) };
    case 'kazakhstanGoal':
      return { title, detail: t('over.kazakhstanGoal') };
    case 'final':
      return { title, detail: t('over.final', { capital, n: Math.abs(rope) }) };
  }
}
