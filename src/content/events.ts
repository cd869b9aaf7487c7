// The world events: one resolves at the start of each round as the news, and
// names the country scored beside Kazakhstan that round. Historical mode draws
// each round's news from its own years, so every round span of every scenario
// needs at least one event (validate.ts checks it). Events dated after today
// are speculative: hypotheses projected from a dated plan or trend, not facts.
// Effects name powers absolutely: a world event has no player.
import type { WorldEventDef } from './types';

export const WORLD_EVENTS = [
  // ---------------------------------------------------------------- 2013-2014
  {
    id: 'e-silk-road-belt',
    title: 'A Silk Road Economic Belt',
    era: 'early',
    text: 'China +1 influence in Astana and in Khorgos.',
    effects: [
      { kind: 'influence', power: 'china', tile: 'astana', amount: 1, lens: 'material' },
      { kind: 'influence', power: 'china', tile: 'khorgos', amount: 1, lens: 'material' },
    ],
    scores: 'turkmenistan',
    history: {
      year: 2013,
      fact: 'Speaking at Nazarbayev University in Astana on 7 September 2013, Xi Jinping proposed a Silk Road Economic Belt, and deals reported at about $30bn were signed during the visit.',
      source:
        'https://china.usc.edu/xi-jinping-speech-astana-kazakhstan-building-silk-road-economic-belt-central-asian-nations-september; https://www.uscnpm.org/blog/2013/09/13/xi-proposes-silk-road-economic-belt-in-central-asia/',
    },
  },
  {
    id: 'e-crimea-abstention',
    title: 'Crimea: Kazakhstan abstains',
    era: 'early',
    text: 'Wariness of Russia +1; Russia +1 influence in Petropavl.',
    effects: [
      { kind: 'value', value: 'warinessRussia', amount: 1, lens: 'ideational' },
      { kind: 'influence', power: 'russia', tile: 'petropavl', amount: 1, lens: 'material' },
    ],
    scores: 'uzbekistan',
    history: {
      year: 2014,
      fact: 'On 18 March 2014 Kazakhstan’s foreign ministry called the Crimean referendum a free expression of will and said it regarded Russia’s decision “with understanding”; on 27 March it abstained when the UN General Assembly voted to uphold Ukraine’s territorial integrity.',
      source:
        'http://en.trend.az/regions/casia/kazakhstan/2254563.html; https://en.tengrinews.kz/politics_sub/ukraine-concerned-with-kazakhstans-acceptance-of-crimean-26873; https://en.wikipedia.org/wiki/United_Nations_General_Assembly_Resolution_68/262',
    },
  },
  {
    id: 'e-statehood-remark',
    title: 'A remark about statehood',
    era: 'early',
    text: 'Identity +1; Wariness of Russia +1.',
    effects: [
      { kind: 'value', value: 'identity', amount: 1, lens: 'ideational' },
      { kind: 'value', value: 'warinessRussia', amount: 1, lens: 'ideational' },
    ],
    scores: 'tajikistan',
    history: {
      year: 2014,
      fact: 'In August 2014 Putin remarked that the Kazakhs had never had statehood until Nazarbayev built a state, and that October Nazarbayev announced a 2015 celebration of 550 years of the Kazakh Khanate.',
      source:
        'https://www.rferl.org/a/kazakhstan-putin-history-reaction-nation/26565141.html; https://en.tengrinews.kz/politics_sub/kazakh-statehood-is-550-years-old-nazarbayev-257056/',
    },
  },
  // ---------------------------------------------------------------- 2015-2016
  {
    id: 'e-eaeu-in-force',
    title: 'The Eurasian Economic Union begins',
    era: 'early',
    text: 'Russia +1 influence in Astana, Petropavl and Shymkent.',
    effects: [
      { kind: 'influence', power: 'russia', tile: 'astana', amount: 1, lens: 'material' },
      { kind: 'influence', power: 'russia', tile: 'petropavl', amount: 1, lens: 'material' },
      { kind: 'influence', power: 'russia', tile: 'shymkent', amount: 1, lens: 'material' },
    ],
    scores: 'kyrgyzstan',
    history: {
      year: 2015,
      fact: 'The Eurasian Economic Union, whose treaty was signed in Astana in May 2014, came into force on 1 January 2015.',
      source: 'http://www.eurasiancommission.org/en/nae/news/Pages/29-05-2014-1.aspx',
    },
  },
  {
    id: 'e-mirziyoyev',
    title: 'Uzbekistan opens up',
    era: 'early',
    text: 'Russia and China each +1 influence in Tashkent and in Samarkand.',
    effects: [
      { kind: 'influence', power: 'russia', tile: 'tashkent', amount: 1, lens: 'material' },
      { kind: 'influence', power: 'china', tile: 'tashkent', amount: 1, lens: 'material' },
      { kind: 'influence', power: 'russia', tile: 'samarkand', amount: 1, lens: 'material' },
      { kind: 'influence', power: 'china', tile: 'samarkand', amount: 1, lens: 'material' },
    ],
    scores: 'uzbekistan',
    history: {
      year: 2016,
      fact: 'Shavkat Mirziyoyev followed Islam Karimov as Uzbekistan’s president in 2016 and began opening the country and repairing ties with its neighbours.',
      source: 'https://en.wikipedia.org/wiki/Shavkat_Mirziyoyev',
    },
  },
  // ---------------------------------------------------------------- 2017-2018
  {
    id: 'e-latin-decree',
    title: 'A Latin alphabet for Kazakh',
    era: 'early',
    text: 'Identity +1; Russia -1 influence in Petropavl.',
    effects: [
      { kind: 'value', value: 'identity', amount: 1, lens: 'ideational' },
      { kind: 'influence', power: 'russia', tile: 'petropavl', amount: -1, lens: 'ideational' },
    ],
    scores: 'turkmenistan',
    history: {
      year: 2017,
      fact: 'An October 2017 presidential decree adopted a Latin-script alphabet for Kazakh, at first with 2025 set as the year to complete the switch.',
      source: 'https://en.inform.kz/amp/president-nazarbayev-oks-switchover-to-latin-based-kazakh-script_a3079189/',
    },
  },
  {
    id: 'e-kyrgyz-debt',
    title: 'Bishkek’s creditor',
    era: 'early',
    text: 'China +1 influence in Bishkek and in Osh.',
    effects: [
      { kind: 'influence', power: 'china', tile: 'bishkek', amount: 1, lens: 'material' },
      { kind: 'influence', power: 'china', tile: 'osh', amount: 1, lens: 'material' },
    ],
    scores: 'kyrgyzstan',
    history: {
      year: 2017,
      fact: 'At the end of 2017 Kyrgyzstan owed China’s Exim Bank about $1.7bn, some 41% of its external debt.',
      source:
        'https://24.kg/english/78255__Kyrgyzstans_indebtedness_to_China_reaches__171148_billion/; https://24.kg/english/278291_Kyrgyzstans_debt_to_China_grows_37_times_for_15_years_What_it_was_taken_for/',
    },
  },
  // ---------------------------------------------------------------- 2019-2020
  {
    id: 'e-nazarbayev-resigns',
    title: 'Nazarbayev steps down',
    era: 'middle',
    text: 'Reform +1.',
    effects: [{ kind: 'value', value: 'reform', amount: 1, lens: 'ideational' }],
    scores: 'uzbekistan',
    history: {
      year: 2019,
      fact: 'Nursultan Nazarbayev announced his resignation as president on 19 March 2019; Kassym-Jomart Tokayev took over and the capital was renamed Nur-Sultan.',
      source:
        'https://www.france24.com/en/video/20190319-kazakhstan-president-quits-after-three-decades-power; http://www.panarmenian.net/eng/news/266795/',
    },
  },
  {
    id: 'e-tajik-debt',
    title: 'Dushanbe’s creditor',
    era: 'middle',
    text: 'China +1 influence in Dushanbe.',
    effects: [{ kind: 'influence', power: 'china', tile: 'dushanbe', amount: 1, lens: 'material' }],
    scores: 'tajikistan',
    history: {
      year: 2019,
      fact: 'Around 2019 Tajikistan owed China about $1.2bn, close to half of its external debt (approximate).',
      source: 'https://24.kg/english/133354_Kyrgyzstan_owes_30_percent_of_its_GDP_to_China/',
    },
  },
  {
    id: 'e-factory-protests',
    title: 'Fifty-five factories',
    era: 'middle',
    text: 'Wariness of China +2; China -1 influence in Almaty.',
    effects: [
      { kind: 'value', value: 'warinessChina', amount: 2, lens: 'ideational' },
      { kind: 'influence', power: 'china', tile: 'almaty', amount: -1, lens: 'ideational' },
    ],
    scores: 'turkmenistan',
    history: {
      year: 2019,
      fact: 'On 2-4 September 2019 protesters in several Kazakh cities opposed a plan for 55 industrial projects with Chinese financing, which they saw as moving Chinese factories into the country.',
      source: 'https://www.rferl.org/a/kazakhs-protest-chinese-money-influence-for-third-day/30145992.html',
    },
  },
  // ---------------------------------------------------------------- 2021-2022
  {
    id: 'e-farmland-ban',
    title: 'No farmland for foreigners',
    era: 'middle',
    text: 'China -1 influence in Khorgos; Wariness of China +1.',
    effects: [
      { kind: 'influence', power: 'china', tile: 'khorgos', amount: -1, lens: 'material' },
      { kind: 'value', value: 'warinessChina', amount: 1, lens: 'ideational' },
    ],
    scores: 'kyrgyzstan',
    history: {
      year: 2021,
      fact: 'In May 2021 Kazakhstan banned selling or leasing farmland to foreigners.',
      source: 'https://rferl.org/a/kazakhstan-ban-on-foreigners-owning-land-becomes-law/31252826.html',
    },
  },
  {
    id: 'e-january-unrest',
    title: 'January: the CSTO in Almaty',
    era: 'middle',
    text: 'Russia +1 influence in Astana and in Almaty; Reform -1; Wariness of Russia +1 while Reform is 5 or more; the rope moves 1 toward Russia.',
    effects: [
      { kind: 'rope', power: 'russia', amount: 1, lens: 'material' },
      { kind: 'influence', power: 'russia', tile: 'astana', amount: 1, lens: 'material' },
      { kind: 'influence', power: 'russia', tile: 'almaty', amount: 1, lens: 'material' },
      { kind: 'value', value: 'reform', amount: -1, lens: 'ideational' },
      { kind: 'value', value: 'warinessRussia', amount: 1, lens: 'ideational', when: { value: 'reform', atLeast: 5 } },
    ],
    scores: 'tajikistan',
    history: {
      year: 2022,
      fact: 'In the January 2022 unrest, in which 238 people died by the official final count, the CSTO flew in more than 2,000 troops from 6 January to guard the airport and other key sites, and had withdrawn them all by 19 January.',
      source:
        'https://babel.ua/en/news/83033-over-200-million-in-damages-and-238-dead-kazakhstan-reported-on-the-consequences-of-the-january-protests; https://en.trend.az/casia/kazakhstan/3844896.html; https://en.armradio.am/2022/01/13/withdrawal-of-csto-peacekeepers-from-kazakhstan-to-be-completed-on-january-19/',
    },
  },
  {
    id: 'e-invasion-of-ukraine',
    title: 'War in Ukraine',
    era: 'middle',
    text: 'Wariness of Russia +1; the rope moves 1 toward China.',
    effects: [
      { kind: 'value', value: 'warinessRussia', amount: 1, lens: 'ideational' },
      { kind: 'rope', power: 'china', amount: 1, lens: 'ideational' },
    ],
    scores: 'uzbekistan',
    history: {
      year: 2022,
      fact: 'Russia launched its full-scale invasion of Ukraine on 24 February 2022, and Kazakhstan abstained when the UN General Assembly condemned it on 2 March.',
      source: 'https://en.wikipedia.org/wiki/United_Nations_General_Assembly_Resolution_ES-11/1',
    },
  },
  {
    id: 'e-constitutional-referendum',
    title: 'The constitutional referendum',
    era: 'middle',
    text: 'Reform +2.',
    effects: [{ kind: 'value', value: 'reform', amount: 2, lens: 'ideational' }],
    scores: 'kyrgyzstan',
    history: {
      year: 2022,
      fact: 'In a referendum on 5 June 2022, 77.18% of voters approved amendments to a third of the constitution that limit the president’s powers and strengthen parliament.',
      source:
        'https://www.armenpress.am/eng/news/1085225/; https://en.wikipedia.org/wiki/2022_Kazakh_constitutional_referendum',
    },
  },
  {
    id: 'e-astana-again',
    title: 'Astana again',
    era: 'middle',
    text: 'Identity +1.',
    effects: [{ kind: 'value', value: 'identity', amount: 1, lens: 'ideational' }],
    scores: 'turkmenistan',
    history: {
      year: 2022,
      fact: 'In September 2022 the capital’s name was changed back from Nur-Sultan to Astana.',
      source:
        'https://newsline.kz/article/1081686/; https://babel.ua/en/news/84304-the-parliament-of-kazakhstan-returned-the-previous-name-to-the-capital-of-the-country',
    },
  },
  // ---------------------------------------------------------------- 2023-2024
  {
    id: 'e-xian-summit',
    title: 'The Xi’an summit',
    era: 'middle',
    text: 'China +1 influence in Astana and in Tashkent.',
    effects: [
      { kind: 'influence', power: 'china', tile: 'astana', amount: 1, lens: 'ideational' },
      { kind: 'influence', power: 'china', tile: 'tashkent', amount: 1, lens: 'ideational' },
    ],
    scores: 'uzbekistan',
    history: {
      year: 2023,
      fact: 'The first China–Central Asia summit met in Xi’an on 18-19 May 2023.',
      source: 'http://en.people.cn/n3/2023/0519/c90000-20020879.html',
    },
  },
  {
    id: 'e-middle-corridor-2024',
    title: 'The Caspian route grows',
    era: 'middle',
    text: 'Russia -1 influence in Aktau; China +1 there.',
    effects: [
      { kind: 'influence', power: 'russia', tile: 'aktau', amount: -1, lens: 'material' },
      { kind: 'influence', power: 'china', tile: 'aktau', amount: 1, lens: 'material' },
    ],
    scores: 'turkmenistan',
    history: {
      year: 2024,
      fact: 'Freight on the Middle Corridor reached about 4.5 million tonnes in 2024, some 62% above the year before (approximate).',
      source: 'https://en.vestikavkaza.ru/material/176148',
    },
  },
  {
    id: 'e-sco-astana',
    title: 'The SCO in Astana',
    era: 'middle',
    text: 'Russia and China each +1 influence in Astana.',
    effects: [
      { kind: 'influence', power: 'russia', tile: 'astana', amount: 1, lens: 'ideational' },
      { kind: 'influence', power: 'china', tile: 'astana', amount: 1, lens: 'ideational' },
    ],
    scores: 'kyrgyzstan',
    history: {
      year: 2024,
      fact: 'Astana hosted the Shanghai Cooperation Organisation summit on 3-4 July 2024, at which Belarus became a member.',
      source: 'https://astanatimes.com/2024/07/sco-welcomes-belarus-as-its-10th-member-state/',
    },
  },
  {
    id: 'e-nuclear-referendum',
    title: 'The nuclear referendum',
    era: 'middle',
    text: 'Reform +1.',
    effects: [{ kind: 'value', value: 'reform', amount: 1, lens: 'ideational' }],
    scores: 'tajikistan',
    history: {
      year: 2024,
      fact: 'In a referendum on 6 October 2024, 71.12% of voters backed building a nuclear power plant, on a turnout of 63.66%.',
      source: 'https://astanatimes.com/2024/10/nuclear-power-plant-gets-green-light-in-kazakhstan/',
    },
  },
  // ---------------------------------------------------------------- 2025-2026
  {
    id: 'e-astana-summit-2025',
    title: 'Good neighbours, permanently',
    era: 'late',
    text: 'China +1 influence in Astana and in Bishkek.',
    effects: [
      { kind: 'influence', power: 'china', tile: 'astana', amount: 1, lens: 'ideational' },
      { kind: 'influence', power: 'china', tile: 'bishkek', amount: 1, lens: 'ideational' },
    ],
    scores: 'turkmenistan',
    history: {
      year: 2025,
      fact: 'At the second China–Central Asia summit, held in Astana on 17 June 2025, the leaders signed a treaty of permanent good-neighbourliness, friendship and cooperation.',
      source: 'https://astanatimes.com/2025/06/china-central-asia-sign-treaty-outline-new-paths-for-cooperation/',
    },
  },
  {
    id: 'e-kyrgyz-debt-share',
    title: 'Bishkek’s debt rebalanced',
    era: 'late',
    text: 'China -1 influence in Bishkek; Russia +1 there.',
    effects: [
      { kind: 'influence', power: 'china', tile: 'bishkek', amount: -1, lens: 'material' },
      { kind: 'influence', power: 'russia', tile: 'bishkek', amount: 1, lens: 'material' },
    ],
    scores: 'kyrgyzstan',
    history: {
      year: 2025,
      fact: 'A Kyrgyz business news report, citing finance ministry figures for 31 August 2025, put China Exim Bank’s share of the external debt at about 30%, down from over 40% in earlier years, while lending grew from the World Bank, the Asian Development Bank and the Eurasian Fund for Stabilization and Development, whose capital comes mostly from Russia (the report’s figures; not checked against the ministry’s own tables).',
      source: 'https://www.akchabar.kg/en/news/kitaj-mozhet-lishitsya-statusa-glavnogo-kreditora-kyrgyzstana',
    },
  },
  // ---------------------------------------------------------------- 2027-2031: speculative
  {
    id: 'e-spec-khorgos-target',
    title: 'Khorgos hits its target?',
    era: 'late',
    text: 'China +1 influence in Khorgos; Wariness of China +1.',
    effects: [
      { kind: 'influence', power: 'china', tile: 'khorgos', amount: 1, lens: 'material' },
      { kind: 'value', value: 'warinessChina', amount: 1, lens: 'ideational' },
    ],
    scores: 'uzbekistan',
    history: {
      year: 2027,
      fact: 'Scenario: Khorgos Gateway at last handles the 540,000 TEU a year it was meant to reach when COSCO bought in.',
      source: 'projection from the 2017 target of 540,000 TEU and about 372,000 TEU handled in 2025',
      speculative: true,
    },
  },
  {
    id: 'e-spec-caspian-artery',
    title: 'A Caspian artery?',
    era: 'late',
    text: 'Russia and China each -1 influence in Aktau.',
    effects: [
      { kind: 'influence', power: 'russia', tile: 'aktau', amount: -1, lens: 'material' },
      { kind: 'influence', power: 'china', tile: 'aktau', amount: -1, lens: 'material' },
    ],
    scores: 'turkmenistan',
    history: {
      year: 2028,
      fact: 'Scenario: freight on the Middle Corridor keeps growing at its 2023-2024 pace and the route around Russia becomes a main artery.',
      source: 'projection from Middle Corridor volumes of about 2.8 Mt (2023) and 4.5 Mt (2024)',
      speculative: true,
    },
  },
  {
    id: 'e-spec-nuclear-build',
    title: 'Reactors on the steppe?',
    era: 'late',
    text: 'Russia +1 influence in Almaty and in Astana; Wariness of Russia +1 while Reform is 6 or more.',
    effects: [
      { kind: 'influence', power: 'russia', tile: 'almaty', amount: 1, lens: 'material' },
      { kind: 'influence', power: 'russia', tile: 'astana', amount: 1, lens: 'material' },
      { kind: 'value', value: 'warinessRussia', amount: 1, lens: 'ideational', when: { value: 'reform', atLeast: 6 } },
    ],
    scores: 'tajikistan',
    history: {
      year: 2029,
      fact: 'Scenario: construction of Kazakhstan’s first nuclear power plant is well advanced, with Rosatom at the head of the consortium.',
      source: 'projection from the 2024 referendum and the June 2025 choice of Rosatom',
      speculative: true,
    },
  },
  {
    id: 'e-spec-trade-climb',
    title: 'Trade keeps climbing?',
    era: 'late',
    text: 'China +1 influence in Astana; Wariness of China +1.',
    effects: [
      { kind: 'influence', power: 'china', tile: 'astana', amount: 1, lens: 'material' },
      { kind: 'value', value: 'warinessChina', amount: 1, lens: 'ideational' },
    ],
    scores: 'kyrgyzstan',
    history: {
      year: 2030,
      fact: 'Scenario: trade between China and Kazakhstan, as Chinese customs count it, climbs well past its 2023 level.',
      source: 'projection from Chinese customs figures for 2023 (about $41bn, approximate)',
      speculative: true,
    },
  },
  {
    id: 'e-spec-qazaqstan',
    title: 'Qazaqstan?',
    era: 'late',
    text: 'Identity +1; Russia -1 influence in Petropavl.',
    effects: [
      { kind: 'value', value: 'identity', amount: 1, lens: 'ideational' },
      { kind: 'influence', power: 'russia', tile: 'petropavl', amount: -1, lens: 'ideational' },
    ],
    scores: 'tajikistan',
    history: {
      year: 2031,
      fact: 'Scenario: Kazakh completes its move from Cyrillic to the Latin script, and Қазақстан is written Qazaqstan.',
      source:
        'projection from the 2021 alphabet plan (a phased switch from 2023 to 2031, as the seed essay also expects)',
      speculative: true,
    },
  },
] as const satisfies readonly WorldEventDef[];

export type WorldEventId = (typeof WORLD_EVENTS)[number]['id'];
