// Reflection prompts for the debrief, one for each world event. Each sets a realist
// reading (material power: money, bases, security, dependence) against a
// constructivist one (values, identity, relations, trust), in the terms of the seed
// essay, and ends with a question for the class. They interpret the event's own
// history note; they add no facts of their own. The essay's question closes every
// debrief.
import type { WorldEventId } from './events';

export interface ReflectionPrompt {
  /** What a realist would say the event shows. */
  readonly realist: string;
  /** What a constructivist would say it shows. */
  readonly constructivist: string;
  /** The question for the class. */
  readonly question: string;
}

/** The essay's own question, and the two readings it sets against each other. */
export const ESSAY_PROMPT = {
  question: 'What are the geopolitical implications of the burgeoning partnership between Kazakhstan and China?',
  realist:
    'Realism explains the actions of larger countries by their self-centred pursuit of power or security: material power decides.',
  constructivist:
    'Constructivism says actors shape their reality through interactions, values and relations: material power is not the sole determinant.',
  ask: 'Look at your games: did the rope move more through material or through ideational means? Does that support the realist or the constructivist reading of Kazakhstan between Russia and China?',
} as const;

export const PROMPTS: Readonly<Record<WorldEventId, ReflectionPrompt>> = {
  'e-silk-road-belt': {
    realist:
      'China announced its plan in Astana with deals worth billions: capital buys a foothold, as a rising power seeking influence would.',
    constructivist:
      'The plan was announced at a university, as a partnership; Kazakhstan chose to take part. A relationship began, not only a transaction.',
    question:
      'Was the Belt and Road in Kazakhstan mainly an investment, or the start of a new relationship? What in your game suggests which?',
  },
  'e-crimea-abstention': {
    realist:
      'Kazakhstan depends on Russia for security and trade, so it could not afford to vote against Moscow: it abstained.',
    constructivist:
      'It did not vote with Russia either. An abstention says something about what Kazakhstan thinks of a neighbour taking territory.',
    question: 'What does an abstention tell us: weakness, caution, or a quiet statement of values?',
  },
  'e-statehood-remark': {
    realist: 'Words cost nothing: no base, pipeline or trade route changed hands because of a remark.',
    constructivist:
      'A remark about statehood touched national identity, and Astana answered with a celebration of the Kazakh Khanate. Identity was at stake.',
    question:
      'Can a sentence move a country further than a pipeline? How did Identity and Wariness of Russia move in your game?',
  },
  'e-eaeu-in-force': {
    realist: 'A customs union ties markets and rules to Moscow: material integration into Russia’s sphere.',
    constructivist:
      'Kazakhstan chose this path, unlike many post-Soviet states: the union also expresses a shared past and a relationship it wanted to keep.',
    question:
      'The essay calls the EEU “Russia’s EU”. Is membership a sign of Russian power, or of Kazakhstan’s own choice?',
  },
  'e-mirziyoyev': {
    realist: 'A neighbour opening up is a new market and a new field of competition for both powers.',
    constructivist:
      'A new leader changed how Uzbekistan relates to its neighbours: the region’s relations changed before any money moved.',
    question:
      'When a neighbour changes course, who gains: the power with more money, or the one with better relations?',
  },
  'e-latin-decree': {
    realist:
      'An alphabet does not change borders, armies or trade; Kazakhstan still relies heavily on Russia for exports and imports.',
    constructivist:
      'The essay’s best illustration: a decree to write Kazakh in Latin letters shows how values and ideas shape Kazakhstan’s relations. Қазақстан is becoming Qazaqstan.',
    question:
      'Why would a country change its alphabet? What does the alphabet reform say about whom Kazakhstan wants to be?',
  },
  'e-kyrgyz-debt': {
    realist: 'A creditor holding a large share of a country’s debt holds leverage: money becomes power.',
    constructivist:
      'Debt is also a relationship; whether it is felt as partnership or dependence depends on trust, and trust can turn to wariness.',
    question: 'Does lending make a friend or a dependant? How did Wariness of China change in your game?',
  },
  'e-nazarbayev-resigns': {
    realist: 'A change of leader changes little while the country’s dependence on its neighbours stays the same.',
    constructivist:
      'The essay notes that Kazakhstan is liberalising its political system, the opposite of Russia’s development: a change at the top can begin that.',
    question: 'Does it matter to Russia and China who governs in Astana? How did Reform matter in your game?',
  },
  'e-tajik-debt': {
    realist: 'Close to half a country’s external debt owed to one creditor is material leverage over it.',
    constructivist:
      'Whether that leverage becomes influence depends on how the debtor sees the creditor: as a partner or as a threat.',
    question: 'Can money alone buy a country’s loyalty?',
  },
  'e-factory-protests': {
    realist: 'Protests do not stop a great power’s capital for long; the investment is still the stronger force.',
    constructivist:
      'Citizens opposed plans to move Chinese factories into their country: public feeling limits what investment can achieve.',
    question:
      'Who decides what a foreign investment is worth: the investor, the government, or the people in the street?',
  },
  'e-farmland-ban': {
    realist: 'A state protecting its land protects a material resource from foreign control.',
    constructivist:
      'Land is also identity: the ban says the country’s soil belongs to its people, whatever the money offered.',
    question: 'Is the farmland ban about economics or about identity? Could it be both?',
  },
  'e-january-unrest': {
    realist: 'When the government needed help, Russia’s security alliance sent troops: in a crisis, hard power counts.',
    constructivist:
      'The troops left within two weeks; how Kazakhs saw that help depends on their values, and it may have raised wariness as much as loyalty.',
    question:
      'Did the CSTO deployment bring Kazakhstan closer to Russia, or show how much it depends on it? What is the difference?',
  },
  'e-invasion-of-ukraine': {
    realist:
      'Kazakhstan did not condemn the invasion because it still relies heavily on Russia for exports and imports: dependence sets the limits.',
    constructivist:
      'The essay says Kazakhstan has taken a sceptical stance toward the war, and that this furthered the distancing between the countries: values opened a rift.',
    question: 'Why did Kazakhstan abstain rather than condemn or support? Which reading explains that better?',
  },
  'e-astana-again': {
    realist: 'A capital’s name changes nothing in the balance of power between Russia and China.',
    constructivist:
      'Names carry identity: changing the capital’s name back says something about how the country sees itself and its past.',
    question: 'Why do countries rename places? What might a name change tell Moscow and Beijing?',
  },
  'e-xian-summit': {
    realist: 'A summit is a stage for China’s economic weight: the region meets where the money is.',
    constructivist:
      'A first summit of its kind creates a new forum and new relations, a group that did not meet in this form before.',
    question: 'What is a summit for: showing power, or building a relationship?',
  },
  'e-middle-corridor-2024': {
    realist: 'A trade route that goes around Russia reduces Russia’s material grip on the region’s trade.',
    constructivist:
      'Choosing a route is also choosing partners: growing freight shows relations spreading in more than one direction.',
    question: 'If trade goes around Russia, does Russia’s influence go with it?',
  },
  'e-sco-astana': {
    realist: 'Both powers sit at the same table to manage their rivalry over the region.',
    constructivist:
      'Hosting the summit lets Kazakhstan present itself as a meeting place between powers, not a prize between them.',
    question: 'Is Kazakhstan stuck between Russia and China, or can it use its place in between?',
  },
  'e-nuclear-referendum': {
    realist: 'A nuclear plant is a material asset, and whoever builds it gains a lasting hold on the country’s energy.',
    constructivist: 'The decision was put to a public vote: how a country decides matters, not only what it builds.',
    question: 'Does it matter that a referendum decided this? What does it show about Kazakhstan’s political system?',
  },
  'e-astana-summit-2025': {
    realist: 'A treaty follows the balance of power: China’s economic weight brings the region to sign with it.',
    constructivist:
      'A treaty of permanent friendship names a relationship the parties want: words that shape expectations.',
    question:
      'Can a treaty of friendship change how neighbours act, or does it only record what power already decided?',
  },
  'e-kyrgyz-debt-share': {
    realist: 'A falling share of Chinese debt means less Chinese leverage over Kyrgyzstan.',
    constructivist: 'Spreading one’s debts among more partners is a choice about relationships, not just about money.',
    question: 'Is rebalancing debt a way to keep one’s independence? How did the small countries score in your game?',
  },
  'e-spec-khorgos-target': {
    realist:
      'If the dry port reaches its target, the trade flowing through Khorgos ties Kazakhstan’s economy more closely to China.',
    constructivist:
      'More trade can also mean more wariness: how Kazakhs see a larger Chinese presence will decide what that trade is worth.',
    question:
      'A possible future, not a fact: if Khorgos grows, does Kazakhstan grow closer to China or more careful of it?',
  },
  'e-spec-caspian-artery': {
    realist:
      'If the route around Russia becomes a main artery, Moscow loses material leverage over the region’s trade.',
    constructivist: 'The route also builds ties westward across the Caspian: more partners, more ways to see oneself.',
    question: 'A possible future, not a fact: who wins if Kazakhstan has many roads instead of one?',
  },
  'e-spec-nuclear-build': {
    realist: 'A reactor built with Russia’s state nuclear company would tie Kazakhstan’s energy to Russia for decades.',
    constructivist: 'How Kazakhs view that tie depends on their wariness of Russia and on the reforms under way.',
    question: 'A possible future, not a fact: is a power plant a gift, a bond or a chain?',
  },
  'e-spec-trade-climb': {
    realist:
      'The essay expects Kazakhstan to grow more integrated into the Chinese economic empire as its reliance on Russia diminishes.',
    constructivist:
      'Trade alone does not make trust: the essay’s rift with Russia was opened by values as well as by money.',
    question:
      'A possible future, not a fact: will trade with China make Kazakhstan China’s partner, or only its customer?',
  },
  'e-spec-qazaqstan': {
    realist: 'The script changes, but the country still sits between two great powers and depends on both.',
    constructivist:
      'The essay’s close: Қазақстан becoming Qazaqstan is the clearest sign that identity, not only power, shapes the country’s path.',
    question:
      'A possible future, not a fact: if the switch is complete by 2031, who has won the tug-of-war, and by what means?',
  },
};

/** The prompt for an event, if it has one. */
export function promptFor(eventId: string): ReflectionPrompt | undefined {
  return Object.hasOwn(PROMPTS, eventId) ? PROMPTS[eventId as WorldEventId] : undefined;
}
