// Labels for legal moves, as the keyboard panel's buttons read them to everyone,
// screen-reader users included.
import type { TileId, ProjectKind, Power } from '../content/ids';
import type { MoveChoice } from '../game/enumerate';
import { influenceCost } from '../game/selectors';
import type { GameState } from '../game/state';
import { cardDef, cardTitle, policyTitle, powerName, projectName, tileName } from './names';

const SOFT: Readonly<Record<string, string>> = {
  'reform+': 'push Reform up',
  'reform-': 'push Reform down',
  'identity+': 'push Identity up',
  'identity-': 'push Identity down',
  'wariness-': 'lower wariness of you',
};

export function moveLabel(c: MoveChoice, G: GameState, power: Power | null): string {
  const a = c.args;
  switch (c.move) {
    case 'playOps': {
      const def = cardDef(String(a[0]));
      return `${cardTitle(String(a[0]))}: operations (${def?.ops ?? '?'})`;
    }
    case 'playEvent':
      return `${cardTitle(String(a[0]))}: event`;
    case 'placeInfluence': {
      const t = a[0] as TileId;
      const cost = power === null ? 1 : influenceCost(G, power, t);
      return `${tileName(t)}${cost > 1 ? ` (costs ${cost})` : ''}`;
    }
    case 'invest':
      return `${projectName(a[1] as ProjectKind)} in ${tileName(a[0] as TileId)}`;
    case 'softPower':
      return `Soft power: ${SOFT[String(a[0])] ?? String(a[0])}`;
    case 'pressure':
      return `Pressure ${tileName(a[0] as TileId)}`;
    case 'endPlay':
      return 'End this card';
    case 'kzNudge':
      return `${tileName(a[0] as TileId)}: ${powerName(a[1] as Power)} ${a[2] === 1 ? '+1' : '−1'}`;
    case 'kzPolicy':
      return `Adopt ${policyTitle(String(a[0]))}`;
  }
}

export const GROUP_TITLE: Readonly<Record<MoveChoice['move'], string>> = {
  playOps: 'Play a card for operations',
  playEvent: 'Play a card for its event',
  placeInfluence: 'Place one influence',
  invest: 'Invest in a project',
  softPower: 'Soft power (rolls a die, uses all operations)',
  pressure: 'Pressure (rolls a die, uses all operations)',
  endPlay: 'Finish',
  kzNudge: 'Move one point of influence in a Kazakh tile',
  kzPolicy: 'Adopt a policy',
};
