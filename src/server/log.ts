// One JSON line per event on stdout (pino), so a host's log collector can read it as is.
import { pino, type Logger } from 'pino';

export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { service: 'new-great-game' }, redact: ['credentials', '*.credentials'] });
}
