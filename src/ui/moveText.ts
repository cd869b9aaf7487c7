// Labels for legal moves, as the keyboard panel's buttons read them to everyone,
// screen-reader users included, in the player's language.
import type { TileId, ProjectKind, Power } from '../content/ids';
import type { MoveChoice } from '../game/enumerate';
import { influenceCost } from '../game/selectors';
import type { GameState } from '../game/state';
import { t } from '../i18n/index';
import { cardDef, cardTitle, policyTitle, powerName, projectName, tileName } from './names';

export function moveLabel(c: MoveChoice, G: GameState, power: Power | null): string {
  const a = c.args;
  switch (c.move) {
    case 'playOps': {
      const def = cardDef(String(a[0]));
      return t('move.ops', { card: cardTitle(String(a[0])), ops: def?.ops ?? '?' });
    }
    case 'playEvent':
      return t('move.event', { card: cardTitle(String(a[0])) });
    case 'placeInfluence': {
      const tile = a[0] as TileId;
      const cost = power === null ? 1 : influenceCost(G, power, tile);
      return cost > 1 ? t('move.placeCost', { tile: tileName(tile), cost }) : t('move.place', { tile: tileName(tile) });
    }
    case 'invest':
      return t('move.invest', { project: projectName(a[1] as ProjectKind), tile: tileName(a[0] as TileId) });
    case 'softPower':
      return t('move.soft', { what: t(`softLong.${String(a[0])}`) });
    case 'pressure':
      return t('move.pressure', { tile: tileName(a[0] as TileId) });
    case 'endPlay':
      return t('move.end');
    case 'kzNudge':
      return t('move.nudge', {
        tile: tileName(a[0] as TileId),
        power: powerName(a[1] as Power),
        sign: a[2] === 1 ? '+1' : '−1',
      });
    case 'kzPolicy':
      return t('move.policy', { policy: policyTitle(String(a[0])) });
  }
}

export function groupTitle(move: MoveChoice['move']): string {
  return t(`group.${move}`);
}
