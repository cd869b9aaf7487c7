// The server's refusals and lobby errors in the player's language: the server sends a
// code beside its English sentence (src/server/reasons.ts) and the code picks the words.
import { t } from '../i18n/index';
import { LobbyError } from '../net/lobbyApi';
import { ClassError } from '../online/classroom';
import { isServerReasonCode, refusalCode, type ServerReasonCode } from '../online/reasons';

export function serverReason(code: ServerReasonCode | undefined, reason: string): string {
  return t(`serverReason.${code ?? refusalCode(reason)}`);
}

/** Why a call to the server failed: its refusal by code, or that it could not be reached. */
export function errorText(err: unknown): string {
  if (err instanceof LobbyError) return serverReason(err.code, err.message);
  // fetch rejects with a TypeError when the server cannot be reached at all.
  return t(err instanceof TypeError ? 'serverReason.unreachable' : 'serverReason.internal');
}

/** Why a classroom call failed, in the player's language when the server sent a code it knows. */
export function classErrorText(err: unknown): string {
  if (err instanceof ClassError) {
    if (err.status === 0) return t('serverReason.unreachable');
    return isServerReasonCode(err.code) ? t(`serverReason.${err.code}`) : err.message;
  }
  return err instanceof Error ? err.message : String(err);
}
