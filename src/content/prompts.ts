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
    'In the essay’s words, the realist perspective “explains the actions of larger countries, focusing on their self-centered nature and the pursuit of power or security”.',
  constructivist:
    'In the essay’s words, the constructivist perspective “emphasizes the role of actors in shaping their reality through interactions, values, and relations” and “challenges the notion that material power is the sole determinant of the global system”.',
  ask: 'Look at your games: what moved the rope, and when did Kazakhstan’s values change what a move was worth? Which reading does that evidence support, and what would someone who holds the other reading reply?',
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
      'Kazakhstan’s foreign ministry said it regarded Russia’s decision “with understanding”, and at the UN Kazakhstan abstained rather than vote with Moscow or against it: a state that depends on Russia for security and trade avoids provoking it while keeping its own options open.',
    constructivist:
      'The statement and the vote said different things: “understanding” for Moscow’s decision, but no vote against the territorial integrity that protects Kazakhstan too. What a state says depends on whom it is speaking to and what it wants to be seen to stand for.',
    question:
      'Kazakhstan voiced “understanding” for Russia’s decision and then abstained at the UN. What explains the two steps together, and which reading explains them better?',
  },
  'e-statehood-remark': {
    realist:
      'Coming months after Crimea, the remark could be heard as a warning; answering it with a celebration of history rather than with troops or trade measures is what a weaker state facing a stronger one can afford.',
    constructivist:
      'A remark about statehood touched national identity, and Astana answered with a celebration of the Kazakh Khanate. Identity was at stake.',
    question:
      'Why did Astana answer a remark with a celebration of its history? How did Identity and Wariness of Russia move in your game, and what moved them?',
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
      'A realist would see the alphabet as a cheap way for a smaller state to mark its distance from its strongest neighbour without touching the security and trade ties it still needs; as the essay notes, Kazakhstan “still relies heavily on Russia for both exports and imports”.',
    constructivist:
      'The essay calls the decree “an excellent illustration” of Kazakhstan’s distancing from Moscow, and sees in it “how substantial values and ideas have been in shaping Kazakhstan’s relations with the two competing superpowers”: “Қазақстан is becoming Qazaqstan.”',
    question:
      'Why would a country change its alphabet? Is the decree better explained by security and dependence, or by identity? What in your game bears on it?',
  },
  'e-kyrgyz-debt': {
    realist: 'A creditor holding a large share of a country’s debt holds leverage: money becomes power.',
    constructivist:
      'Debt is also a relationship; whether it is felt as partnership or dependence depends on trust, and trust can turn to wariness.',
    question: 'Does lending make a friend or a dependant? How did Wariness of China change in your game?',
  },
  'e-nazarbayev-resigns': {
    realist:
      'To a realist, leaders act within the limits their country’s position sets: a new president in Astana still faced the same two great powers, and a multi-vector course is what that position recommends.',
    constructivist:
      'The essay notes that Kazakhstan “is undergoing a process of liberalization of its political system, which is the opposite of the development in Russia”; a change at the top can open or close that path.',
    question:
      'Does it matter to Russia and China who governs in Astana? How did Reform move in your game, and did it change what the powers’ moves were worth?',
  },
  'e-tajik-debt': {
    realist: 'Close to half a country’s external debt owed to one creditor is material leverage over it.',
    constructivist:
      'Whether that leverage becomes influence depends on how the debtor sees the creditor: as a partner or as a threat.',
    question:
      'Does a creditor’s leverage turn into influence by itself? What in your game made money count for more, or for less?',
  },
  'e-factory-protests': {
    realist:
      'Public fear of depending on a powerful neighbour is itself a realist concern: the protests gave the government a reason to slow Chinese projects and a card to play in bargaining with Beijing, while the investment kept its weight.',
    constructivist:
      'Citizens opposed a plan they saw as moving Chinese factories into their country: public feeling limits what investment can achieve.',
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
      'The essay itself gives a realist reason: Kazakhstan has not “officially condemned the invasion” because “it still relies heavily on Russia for both exports and imports”. Dependence sets the limits.',
    constructivist:
      'The essay calls the invasion “something Kazakhstan has taken a skeptical stance towards”, and says this “has furthered the process of distancing between the countries”: values opened a rift.',
    question: 'Why did Kazakhstan abstain rather than condemn or support? Which reading explains that better?',
  },
  'e-constitutional-referendum': {
    realist:
      'A new constitution redistributes power inside the state; outside powers still weigh Kazakhstan by its resources and its borders.',
    constructivist:
      'After the January unrest the state asked its citizens to approve a new balance of power: legitimacy became part of what Kazakhstan is.',
    question: 'Does the way a country governs itself change how much its neighbours can demand of it?',
  },
  'e-astana-again': {
    realist:
      'The capital had been renamed for the former president; changing it back shows who now holds power. A realist reads it as a move in the contest for power at home, which matters abroad as far as it changes who decides.',
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
    question:
      'Does it matter how the decision was made, by a public vote or by the government alone? Would a realist and a constructivist answer that differently?',
  },
  'e-astana-summit-2025': {
    realist: 'A treaty follows the balance of power: China’s economic weight brings the region to sign with it.',
    constructivist:
      'A treaty of permanent friendship names a relationship the parties want: words that shape expectations.',
    question:
      'Can a treaty of friendship change how neighbours act, or does it only record what power already decided?',
  },
  'e-kyrgyz-debt-share': {
    realist:
      'A smaller Chinese share among the creditors means less Chinese leverage: spreading debt among many lenders is the hedge a realist expects of a small state.',
    constructivist: 'Spreading one’s debts among more partners is a choice about relationships, not just about money.',
    question:
      'Why would a country spread its debts among more lenders? How did the small countries score in your game?',
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
      'The essay foresees that “as it grows more and more integrated into the Chinese economic empire and its reliance on Russia diminishes, the rift might slowly evolve into a gaping wound for the Kremlin”: economic weight shifts alignment.',
    constructivist:
      'Trade alone does not make trust: the essay’s reasons for the rift with Russia (liberalisation, a sceptical stance on the war, the alphabet) show, in its words, “how substantial values and ideas have been”.',
    question:
      'A possible future, not a fact: will trade with China make Kazakhstan China’s partner, or only its customer?',
  },
  'e-spec-qazaqstan': {
    realist:
      'A completed switch would show a state confident enough in its security to mark its distance from Moscow; a realist would ask what made that safe: a weaker Russia, a stronger China, or both.',
    constructivist:
      'The essay’s refrain, “Қазақстан is becoming Qazaqstan”, stands for its claim that “values and ideas” have shaped Kazakhstan’s relations: a completed switch would write that identity down.',
    question:
      'A possible future, not a fact: if the switch is complete by 2031, who has won the tug-of-war, and by what means?',
  },
};

/** The prompt for an event, if it has one. */
export function promptFor(eventId: string): ReflectionPrompt | undefined {
  return Object.hasOwn(PROMPTS, eventId) ? PROMPTS[eventId as WorldEventId] : undefined;
}
