// What this browser keeps between visits (localStorage, when the browser allows it):
// read back through a zod schema, so a value another version wrote, or one edited by
// hand, is ignored rather than trusted.
import type { z } from 'zod';

/** The page's localStorage, or null where it is refused (private modes, blocked storage). */
export function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The JSON value kept under `key` if it matches `schema`, else null. */
export function readSaved<S extends z.ZodType>(key: string, schema: S): z.output<S> | null {
  const raw = storage()?.getItem(key);
  if (raw === null || raw === undefined) return null;
  try {
    const checked = schema.safeParse(JSON.parse(raw));
    return checked.success ? checked.data : null;
  } catch {
    return null;
  }
}
