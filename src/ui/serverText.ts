// The server's refusals and lobby errors in the player's language: the server sends a
// code with its parameters (src/online/reasons.ts) and the code picks the words; a
// rules refusal is phrased with the same words the table uses for its own refusals.
import { t } from '../i18n/index';
import { LobbyError } from '../net/lobbyApi';
import { ClassError } from '../online/classroom';
import { readRefusal, type ServerRefusal } from '../online/reasons';
import { newsTitle } from './names';
import { refusalSentence } from './refusalText';

/** A refusal the server sent, as a sentence in the player's language. */
export function serverReason(r: ServerRefusal | undefined): string {
  if (r === undefined) return t('serverReason.internal');
  if (r.code === 'rule') return refusalSentence({ code: r.params.rule, params: r.params });
  const vars: Record<string, string | number> = { ...(r.params as Readonly<Record<string, string | number>>) };
  // An event is named by its title in the player's language.
  if (typeof vars.event === 'string') vars.event = newsTitle(vars.event) ?? vars.event;
  return t(`serverReason.${r.code}`, vars);
}

/** Why a call to the server failed: its refusal by code, or that it could not be reached. */
export function errorText(err: unknown): string {
  if (err instanceof LobbyError) return serverReason(err.refusal);
  // fetch rejects with a TypeError when the server cannot be reached at all.
  return t(err instanceof TypeError ? 'serverReason.unreachable' : 'serverReason.internal');
}

/** Why a classroom call failed, in the player's language when the server sent a code it knows. */
export function classErrorText(err: unknown): string {
  if (err instanceof ClassError) {
    if (err.status === 0) return t('serverReason.unreachable');
    return err.refusal === undefined ? err.message : serverReason(err.refusal);
  }
  return err instanceof Error ? err.message : String(err);
}

/** Why a live socket was refused or lost: the server's refusal (sent as the error's data) in the player's language, or the transport's own message. */
export function socketErrorText(err: Error): string {
  const refusal = readRefusal((err as { data?: unknown }).data);
  return refusal === undefined ? err.message : serverReason(refusal);
}

/** Why an injected event was refused in one match: the rules' code in the player's language, else the server's sentence. */
export function injectRefusalText(r: {
  readonly reason?: string;
  readonly code?: unknown;
  readonly params?: unknown;
}): string {
  const refusal = readRefusal(r);
  return refusal === undefined ? (r.reason ?? '') : serverReason(refusal);
}
