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
      source: 'https://en.inform.kz/amp/president-nazarbayev-oks-switchover-to-latin-based-kazakh-script_a3079189/',
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
      source: 'http://www.eurasiancommission.org/en/nae/news/Pages/29-05-2014-1.aspx',
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
    text: 'Russia +1 influence in Astana; Reform -1 while it is 5 or more.',
    weight: { base: 10, minus: ['reform'] },
    effects: [
      { kind: 'influence', power: 'russia', tile: 'astana', amount: 1, lens: 'material' },
      { kind: 'value', value: 'reform', amount: -1, lens: 'ideational', when: { value: 'reform', atLeast: 5 } },
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
      fact: 'After protests in April and May 2016 against extending foreigners’ farmland leases, the government put the land-code changes on hold with a five-year moratorium.',
      source:
        'https://www.intellinews.com/kazakh-govt-heads-roll-over-farmland-reform-plans-amid-continuing-protests-96802/; https://www.rferl.org/a/kazakh-president-proposes-ban-on-sale-lease-of-farmland-by-foreigners/31121497.html',
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
      year: 2014,
      fact: 'From February 2014 the railway and port companies of Kazakhstan, Azerbaijan and Georgia coordinated the Trans-Caspian International Transport Route (the Middle Corridor) in a joint committee, and in 2016 set up its association in Astana.',
      source:
        'http://www.today.az/news/business/217681.html; http://www.messenger.com.ge/issues/3743_october_24_2016/3743_econ_two.html',
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
