// The classroom API's answers as zod schemas, each held to its wire type from
// src/online/classroom.ts at compile time (`satisfies`), so the browser checks what it
// reads against the same shapes the server writes. Objects are loose: a field the
// browser does not read yet passes through unchanged.
import { z } from 'zod';
import { ROLES, type ClassStatus, type Dashboard, type InjectResult, type Me } from '../online/classroom';
import { readRefusal } from '../online/reasons';

export interface CreatedClass {
  readonly code: string;
  readonly teacherKey: string;
  readonly joinUrl: string;
  readonly teacherUrl: string;
  readonly projectorUrl: string;
}

export interface ClassInfo {
  readonly code: string;
  readonly scenario: string;
  readonly players: number;
  readonly language: string;
  readonly status: ClassStatus;
  readonly students: number;
}

export interface Joined {
  readonly studentId: string;
  readonly token: string;
  readonly nickname: string;
}

export interface InjectableEvent {
  readonly id: string;
  readonly title: string;
  readonly year: number;
  readonly speculative: boolean;
}

const role = z.enum(ROLES);
const status = z.enum(['waiting', 'running', 'ended']);
const language = z.enum(['en', 'ru', 'kk', 'zh']);

export const meSchema = z.looseObject({
  studentId: z.string(),
  nickname: z.string(),
  status,
  paused: z.boolean(),
  match: z.looseObject({ matchID: z.string(), playerID: z.string(), credentials: z.string(), role }).nullable(),
  ended: z.looseObject({ leader: z.enum(['russia', 'china']).nullable(), rope: z.number() }).optional(),
}) satisfies z.ZodType<Me>;

const seat = z.looseObject({
  playerID: z.string(),
  role,
  name: z.string(),
  kind: z.enum(['person', 'computer']),
  connected: z.boolean(),
  idleSeconds: z.number(),
});

const match = z.looseObject({
  matchID: z.string(),
  stateID: z.number(),
  paused: z.boolean(),
  round: z.number(),
  rounds: z.number(),
  phase: z.string().nullable(),
  rope: z.number(),
  values: z.looseObject({
    reform: z.number(),
    identity: z.number(),
    warinessRussia: z.number(),
    warinessChina: z.number(),
  }),
  currentPlayer: z.string().nullable(),
  gameover: z.looseObject({ winner: role.nullable() }).nullable(),
  ended: z.literal(true).optional(),
  seats: z.array(seat),
  lastEvent: z.string().nullable(),
});

const student = z.looseObject({
  id: z.string(),
  nickname: z.string(),
  matchID: z.string().nullable(),
  role: role.nullable(),
  connected: z.boolean(),
});

export const dashboardSchema = z.looseObject({
  code: z.string(),
  status,
  scenario: z.string(),
  players: z.union([z.literal(2), z.literal(3)]),
  language,
  createdAt: z.number(),
  endsAt: z.number().nullable(),
  students: z.array(student),
  waiting: z.number(),
  matches: z.array(match),
}) satisfies z.ZodType<Dashboard>;

export const createdSchema = z.looseObject({
  code: z.string(),
  teacherKey: z.string(),
  joinUrl: z.string(),
  teacherUrl: z.string(),
  projectorUrl: z.string(),
}) satisfies z.ZodType<CreatedClass>;

export const infoSchema = z.looseObject({
  code: z.string(),
  scenario: z.string(),
  players: z.number(),
  language: z.string(),
  status,
  students: z.number(),
}) satisfies z.ZodType<ClassInfo>;

export const joinedSchema = z.looseObject({
  studentId: z.string(),
  token: z.string(),
  nickname: z.string(),
}) satisfies z.ZodType<Joined>;

export const deletedSchema = z.looseObject({ deleted: z.string(), matches: z.number() });

const answer = z.looseObject({
  studentId: z.string(),
  matchID: z.string(),
  question: z.string(),
  text: z.string(),
  at: z.number(),
});

export const myReflectionsSchema = z.looseObject({ questions: z.array(z.string()), answers: z.array(answer) });
export const answersSchema = z.looseObject({ answers: z.array(answer) });
const values = z.looseObject({
  reform: z.number(),
  identity: z.number(),
  warinessRussia: z.number(),
  warinessChina: z.number(),
});
const evidence = z.looseObject({
  matchID: z.string(),
  finished: z.boolean(),
  winner: z.string().nullable(),
  finalRope: z.number(),
  values,
  realist: z.union([
    z.looseObject({ winner: z.string(), winnerChanged: z.boolean(), finalRope: z.number() }),
    z.looseObject({ none: z.string() }),
  ]),
});
export const reflectionsSchema = z.looseObject({
  questions: z.array(z.string()),
  answers: z.array(
    answer.extend({
      nickname: z.string(),
      comment: z.looseObject({ text: z.string(), at: z.number() }).nullable().optional(),
    }),
  ),
  evidence: z.array(evidence).optional(),
});
export type ReflectionsView = z.output<typeof reflectionsSchema>;

export const rubricSchema = z.looseObject({
  criteria: z.array(z.looseObject({ id: z.string(), label: z.string() })),
  students: z.array(
    z.looseObject({
      studentId: z.string(),
      nickname: z.string(),
      matchID: z.string(),
      suggestions: z.array(z.looseObject({ criterion: z.string(), text: z.string() })),
      grades: z.array(z.looseObject({ criterion: z.string(), text: z.string(), source: z.string() })),
    }),
  ),
});
export type RubricView = z.output<typeof rubricSchema>;

export const nicknameSchema = z.looseObject({ nickname: z.string() });

export const injectableSchema = z.array(
  z.looseObject({ id: z.string(), title: z.string(), year: z.number(), speculative: z.boolean() }),
) satisfies z.ZodType<InjectableEvent[]>;

/** POST /inject's rows; a refused row's code and parameters are kept only when they form a known refusal. */
export const injectResultsSchema = z.looseObject({
  results: z.array(
    z
      .looseObject({ matchID: z.string(), ok: z.boolean(), reason: z.string().optional() })
      .transform((row): InjectResult => {
        const refusal = readRefusal(row);
        return {
          matchID: row.matchID,
          ok: row.ok,
          ...(row.reason === undefined ? {} : { reason: row.reason }),
          ...(refusal === undefined ? {} : { code: refusal.code, params: refusal.params }),
        };
      }),
  ),
});
