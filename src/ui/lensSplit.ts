// The debrief's first question, on the game-over sheet: how much of each side's pull on
// the rope came from material moves (money, bases, pressure) and how much from
// ideational ones (values, identity, trust). Summed from the log's rope entries.
import type { Lens } from '../content/ids';
import type { LogEntry } from '../game/state';
import { t } from '../i18n/index';

export type LensSplit = Record<'moscow' | 'beijing', Record<Lens, number>>;

export function lensSplit(log: readonly LogEntry[]): LensSplit {
  const out: LensSplit = { moscow: { material: 0, ideational: 0 }, beijing: { material: 0, ideational: 0 } };
  for (const e of log) {
    if (e.kind !== 'rope' || e.delta === 0) continue;
    const side = e.delta > 0 ? 'beijing' : 'moscow';
    out[side][e.lens] += Math.abs(e.delta);
  }
  return out;
}

export function lensSentence(split: LensSplit): string {
  const part = (name: string, s: Record<Lens, number>): string => {
    const total = s.material + s.ideational;
    if (total === 0) return t('over.lensNothing', { name });
    const pct = Math.round((100 * s.material) / total);
    return t('over.lensPull', { name, total, material: pct, ideational: 100 - pct });
  };
  return `${part(t('capital.moscow'), split.moscow)} ${part(t('capital.beijing'), split.beijing)}`;
}
