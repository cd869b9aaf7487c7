// Kazakhstan's eight policies: the multi-vector state's moves. The automaton
// picks one each round with weights from its values (GAME.md's first guesses);
// a human Kazakhstan picks from a hand of three.
import type { PolicyDef } from './types';

export const POLICIES = [
  {
    id: 'p-alphabet',
    title: 'A step of the alphabet reform',
    text: 'Identity +1; Russia loses 1 influence in Petropavl.',
    weight: { base: 0, plus: ['identity'] },
    effects: [
      { kind: 'value', value: 'identity', amount: 1, lens: 'ideational' },
      { kind: 'influence', power: 'russia', tile: 'petropavl', amount: -1, lens: 'ideational' },
    ],
    history: {
      year: 2017,
      fact: 'A presidential decree of October 2017 adopted a Latin-script Kazakh alphabet to replace Cyrillic.',
      source: 'en.vestikavkaza.ru (2017)',
    },
  },
  {
    id: 'p-reform',
    title: 'Political reform',
    text: 'Reform +1; Wariness of Russia +1.',
    weight: { base: 2, plus: ['reform'] },
    effects: [
      { kind: 'value', value: 'reform', amount: 1, lens: 'ideational' },
      { kind: 'value', value: 'warinessRussia', amount: 1, lens: 'ideational' },
    ],
  },
  {
    id: 'p-eaeu',
    title: 'Deepen the Eurasian Economic Union',
    text: 'Russia +1 influence in Astana and in Petropavl.',
    weight: { base: 10, minus: ['warinessRussia'] },
    effects: [
      { kind: 'influence', power: 'russia', tile: 'astana', amount: 1, lens: 'material' },
      { kind: 'influence', power: 'russia', tile: 'petropavl', amount: 1, lens: 'material' },
    ],
    history: {
      year: 2014,
      fact: 'The treaty founding the Eurasian Economic Union was signed in Astana on 29 May 2014 and took effect on 1 January 2015.',
      source: 'eurasiancommission.org (29 May 2014)',
    },
  },
  {
    id: 'p-bri',
    title: 'Approve a Belt and Road project',
    text: 'China +1 influence in Khorgos and in Almaty.',
    weight: { base: 10, minus: ['warinessChina'] },
    effects: [
      { kind: 'influence', power: 'china', tile: 'khorgos', amount: 1, lens: 'material' },
      { kind: 'influence', power: 'china', tile: 'almaty', amount: 1, lens: 'material' },
    ],
  },
  {
    id: 'p-csto',
    title: 'CSTO exercise',
    text: 'Russia +1 influence in Astana; Reform -1.',
    weight: { base: 10, minus: ['reform'] },
    effects: [
      { kind: 'influence', power: 'russia', tile: 'astana', amount: 1, lens: 'material' },
      { kind: 'value', value: 'reform', amount: -1, lens: 'ideational' },
    ],
  },
  {
    id: 'p-land',
    title: 'Land moratorium',
    text: 'China loses 1 influence in Khorgos and in Almaty; Identity +1.',
    weight: { base: 0, plus: ['warinessChina'] },
    effects: [
      { kind: 'influence', power: 'china', tile: 'khorgos', amount: -1, lens: 'material' },
      { kind: 'influence', power: 'china', tile: 'almaty', amount: -1, lens: 'material' },
      { kind: 'value', value: 'identity', amount: 1, lens: 'ideational' },
    ],
    history: {
      year: 2016,
      fact: 'After protests in April and May 2016 against leasing farmland to foreigners, the government put the land-code changes on hold.',
      source: 'intellinews (2016-05-20); thediplomat.com (2016/04)',
    },
  },
  {
    id: 'p-corridor',
    title: 'The Middle Corridor',
    text: 'Russia loses 1 influence in Aktau and in Atyrau.',
    weight: { base: 0, plus: ['warinessRussia', 'warinessChina'], divide: 2 },
    effects: [
      { kind: 'influence', power: 'russia', tile: 'aktau', amount: -1, lens: 'material' },
      { kind: 'influence', power: 'russia', tile: 'atyrau', amount: -1, lens: 'material' },
    ],
    history: {
      year: 2013,
      fact: 'The Trans-Caspian International Transport Route (the Middle Corridor) agreement was signed in Astana in 2013.',
      source: 'eurasiamagazine.com',
    },
  },
  {
    id: 'p-summit',
    title: 'Multi-vector summit',
    text: 'The power the rope leans to loses 1 influence in Astana; the other gains 1.',
    weight: { base: 3 },
    effects: [
      { kind: 'influence', power: 'leader', tile: 'astana', amount: -1, lens: 'ideational' },
      { kind: 'influence', power: 'trailer', tile: 'astana', amount: 1, lens: 'ideational' },
    ],
  },
] as const satisfies readonly PolicyDef[];

export type PolicyId = (typeof POLICIES)[number]['id'];
