// Why a move is refused, as data: a stable code and the ids it concerns. The rules
// never phrase a refusal for a person; the interface turns the code into a sentence in
// the player's language, and refusalText gives the English one for the server's log
// and for tests.
import type { Power, ProjectKind, TileId, ValueId } from '../content/ids';
import { PROJECT_BY_KIND } from '../content/projects';
import { TILE_BY_ID } from '../content/tiles';

export type RefusalCode =
  | 'over'
  | 'spectator'
  | 'kzOwnPhase'
  | 'notActions'
  | 'notYourTurn'
  | 'finishCard'
  | 'nameCard'
  | 'notInHand'
  | 'unknownCard'
  | 'opponentCard'
  | 'opsFirst'
  | 'alreadySpent'
  | 'nameTile'
  | 'outOfReach'
  | 'pointCost'
  | 'nameTileProject'
  | 'notYours'
  | 'slotsFull'
  | 'alreadyBuilt'
  | 'needTag'
  | 'needInfluence'
  | 'opponentControls'
  | 'projectCost'
  | 'nameSoft'
  | 'valueStuck'
  | 'pressureBarred'
  | 'noOpponentInfluence'
  | 'tileOutOfReach'
  | 'noArgs'
  | 'kzAlreadyNudged'
  | 'nameNudge'
  | 'notKazakh'
  | 'noInfluence'
  | 'choosePolicy'
  | 'onlyKazakhstan'
  | 'notKzPhase'
  | 'unknownMove';

/** What a refusal may refer to; names are looked up by whoever phrases it. */
export interface RefusalParams {
  readonly tile?: TileId;
  readonly project?: ProjectKind;
  readonly value?: ValueId;
  readonly power?: Power;
  /** An action name ('influence', 'invest', 'softPower', 'pressure') or a tile tag. */
  readonly action?: string;
  readonly need?: 'transit' | 'resource' | 'kazakhstan' | string;
  readonly cost?: number;
  readonly left?: number;
  /** A threshold the refusal names (e.g. the Wariness that bars pressure). */
  readonly limit?: number;
}

export interface Refusal {
  readonly code: RefusalCode;
  readonly params: RefusalParams;
}

export function refusal(code: RefusalCode, params: RefusalParams = {}): Refusal {
  return { code, params };
}

/** English sentences for each code; {{x}} is filled from the params' English names. */
export const REFUSAL_EN: Readonly<Record<RefusalCode, string>> = {
  over: 'the game is over',
  spectator: 'spectators cannot move',
  kzOwnPhase: 'Kazakhstan acts in its own phase',
  notActions: 'it is not the actions phase',
  notYourTurn: 'it is not your turn',
  finishCard: 'finish spending the card in play first',
  nameCard: 'name one card',
  notInHand: 'that card is not in your hand',
  unknownCard: 'unknown card',
  opponentCard: "the opponent's card can only be played for operations (its event then fires for them)",
  opsFirst: 'play a card for operations first',
  alreadySpent: "this card's operations already went to {{action}}",
  nameTile: 'name one tile',
  outOfReach: '{{tile}} is out of reach: place influence where you have some, next to it, or on your home border',
  pointCost: 'a point in {{tile}} costs {{cost}} operations; {{left}} left',
  nameTileProject: 'name a tile and a project',
  notYours: '{{project}}: not yours to build',
  slotsFull: '{{tile}} has no free project slot',
  alreadyBuilt: '{{tile}} already has this project: {{project}}',
  needTag: '{{project}}: needs {{need}}',
  needInfluence: 'you need influence in {{tile}} to build there',
  opponentControls: 'the opponent controls {{tile}}',
  projectCost: '{{project}} costs {{cost}} operations; {{left}} left',
  nameSoft: 'name a soft-power target',
  valueStuck: '{{value}} cannot move further that way',
  pressureBarred: "Kazakhstan's Wariness of you is {{limit}} or more: no pressure until it falls",
  noOpponentInfluence: 'the opponent has no influence in {{tile}}',
  tileOutOfReach: '{{tile}} is out of reach',
  noArgs: 'this move takes no arguments',
  kzAlreadyNudged: 'Kazakhstan has already moved a point this round',
  nameNudge: 'name a Kazakh tile, a power and +1 or -1',
  notKazakh: '{{tile}} is not in Kazakhstan',
  noInfluence: '{{power}} has no influence in {{tile}}',
  choosePolicy: 'choose one of the policies in your hand',
  onlyKazakhstan: 'only Kazakhstan chooses its policy',
  notKzPhase: "it is not Kazakhstan's phase",
  unknownMove: 'unknown move',
};

const EN_POWER: Readonly<Record<Power, string>> = { russia: 'Russia', china: 'China' };
const EN_VALUE: Readonly<Record<ValueId, string>> = {
  reform: 'Reform',
  identity: 'Identity',
  warinessRussia: 'Wariness of Russia',
  warinessChina: 'Wariness of China',
};
const EN_ACTION: Readonly<Record<string, string>> = {
  influence: 'influence',
  invest: 'investment',
  softPower: 'soft power',
  pressure: 'pressure',
};
const EN_NEED: Readonly<Record<string, string>> = {
  transit: 'a transit tile',
  resource: 'a resource tile',
  kazakhstan: 'a tile in Kazakhstan',
};

/** Fills {{name}} slots in a template; unknown slots are left empty. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** The refusal as an English sentence. */
export function refusalText(r: Refusal): string {
  const p = r.params;
  return fill(REFUSAL_EN[r.code], {
    ...(p.tile !== undefined ? { tile: TILE_BY_ID[p.tile].name } : {}),
    ...(p.project !== undefined ? { project: PROJECT_BY_KIND[p.project].name } : {}),
    ...(p.value !== undefined ? { value: EN_VALUE[p.value] } : {}),
    ...(p.power !== undefined ? { power: EN_POWER[p.power] } : {}),
    ...(p.action !== undefined ? { action: EN_ACTION[p.action] ?? p.action } : {}),
    ...(p.need !== undefined ? { need: EN_NEED[p.need] ?? p.need } : {}),
    ...(p.cost !== undefined ? { cost: p.cost } : {}),
    ...(p.left !== undefined ? { left: p.left } : {}),
    ...(p.limit !== undefined ? { limit: p.limit } : {}),
  });
}
