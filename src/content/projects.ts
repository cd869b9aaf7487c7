// Projects: the material side of the game. Each is bought with operations
// (Invest), pays its owner influence each round while Kazakhstan's wariness of
// that owner stays below the income threshold, and shifts Kazakhstan's values when built.
import type { ProjectKind } from './ids';
import type { ProjectDef } from './types';

export const PROJECTS = [
  {
    kind: 'dryPort',
    owner: 'china',
    name: 'Dry port',
    cost: 2,
    income: 1,
    requires: 'transit',
    onBuild: [{ kind: 'value', value: 'warinessChina', amount: 1, lens: 'ideational' }],
  },
  { kind: 'tradeCentre', owner: 'china', name: 'Trade centre', cost: 2, income: 1, requires: 'transit', onBuild: [] },
  {
    kind: 'newCity',
    owner: 'china',
    name: 'New city',
    cost: 3,
    income: 2,
    requires: 'transit',
    onBuild: [{ kind: 'value', value: 'warinessChina', amount: 1, lens: 'ideational' }],
  },
  { kind: 'railway', owner: 'china', name: 'Railway', cost: 2, income: 1, requires: 'transit', onBuild: [] },
  {
    kind: 'chinaPipeline',
    owner: 'china',
    name: 'Pipeline to China',
    cost: 2,
    income: 1,
    requires: 'resource',
    onBuild: [{ kind: 'value', value: 'warinessChina', amount: 1, lens: 'ideational' }],
  },
  {
    kind: 'russiaPipeline',
    owner: 'russia',
    name: 'Pipeline to Russia',
    cost: 2,
    income: 1,
    requires: 'resource',
    onBuild: [],
  },
  {
    kind: 'nuclearPlant',
    owner: 'russia',
    name: 'Nuclear plant',
    cost: 3,
    income: 2,
    requires: 'kazakhstan',
    onBuild: [],
  },
  {
    kind: 'militaryBase',
    owner: 'russia',
    name: 'Military base',
    cost: 2,
    income: 1,
    onBuild: [{ kind: 'value', value: 'warinessRussia', amount: 1, lens: 'ideational' }],
  },
] as const satisfies readonly ProjectDef[];

export const PROJECT_BY_KIND: Readonly<Record<ProjectKind, ProjectDef>> = Object.fromEntries(
  PROJECTS.map((p) => [p.kind, p]),
) as unknown as Record<ProjectKind, ProjectDef>;

/** A project on a Kazakh tile pays nothing while Kazakhstan's wariness of its owner is at least this. */
export const INCOME_WARINESS_LIMIT = 7;
