// What every part of the teacher's dashboard shares: the session's code and key, the
// status line, the latest dashboard, and `act`, which runs a teacher's call with its
// button disabled, shows the dashboard it answers with, and says what happened.
import { dashboardSchema } from '../net/classSchemas';
import { parsePayload } from '../net/http';
import type { Dashboard } from '../online/classroom';
import { S } from './classText';
import { classErrorText } from './serverText';

export interface DashContext {
  readonly code: string;
  readonly key: string;
  say(text: string): void;
  /** The dashboard last shown, or null before the first. */
  current(): Dashboard | null;
  show(d: Dashboard): void;
  act(run: () => Promise<unknown>, done?: string, btn?: HTMLButtonElement): Promise<void>;
}

/** The context over a status element and a `show` that draws a dashboard. */
export function dashContext(code: string, key: string, status: HTMLElement, draw: (d: Dashboard) => void): DashContext {
  let dash: Dashboard | null = null;
  const ctx: DashContext = {
    code,
    key,
    say: (text) => {
      status.textContent = text;
    },
    current: () => dash,
    show: (d) => {
      dash = d;
      draw(d);
    },
    act: async (run, done, btn) => {
      if (btn !== undefined) btn.disabled = true;
      try {
        const r = await run();
        // An action that answers with the dashboard shows it (checked against the dashboard's schema).
        const d = parsePayload(dashboardSchema, r);
        if (d !== null) ctx.show(d);
        if (done !== undefined) ctx.say(done);
      } catch (err) {
        ctx.say(S('failed', { why: classErrorText(err) }));
      } finally {
        if (btn !== undefined) btn.disabled = false;
      }
    },
  };
  return ctx;
}
