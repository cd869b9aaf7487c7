// The log down the right side: every change with its cause and lens, newest at the
// bottom, grouped by round. Only new entries are appended, so a long game stays cheap.
import type { LogEntry } from '../game/state';
import { t } from '../i18n/index';
import { h } from './dom';
import { logLine } from './logText';

export class LogView {
  private shown = 0;
  private round = 0;

  constructor(private readonly el: HTMLElement) {}

  /** Forgets what was shown, so the next update redraws every line (a new language). */
  reset(): void {
    this.el.replaceChildren();
    this.shown = 0;
    this.round = 0;
  }

  /** Appends entries not yet shown; returns their sentences for the live region. */
  update(log: readonly LogEntry[], yearOfRound: (round: number) => string): string[] {
    if (log.length < this.shown) {
      // An undo shortened the log: redraw from scratch.
      this.el.replaceChildren();
      this.shown = 0;
      this.round = 0;
    }
    const fresh = log.slice(this.shown);
    const said: string[] = [];
    for (const e of fresh) {
      if (e.round !== this.round) {
        this.round = e.round;
        this.el.append(h('li', { class: 'round' }, t('log.round', { round: e.round, year: yearOfRound(e.round) })));
      }
      const line = logLine(e);
      this.el.append(
        h(
          'li',
          { class: line.who === undefined ? '' : `who-line-${line.who}` },
          line.who === undefined ? '' : h('span', { class: `who-${line.who}` }, '● '),
          line.text,
          line.lens === undefined
            ? null
            : h(
                'span',
                { class: `lens ${line.lens}`, title: t('lens.title', { lens: t(`lens.${line.lens}`) }) },
                t(`lens.${line.lens}`),
              ),
        ),
      );
      said.push(line.text);
    }
    this.shown = log.length;
    // Scroll the log itself, never the page (on a phone the page scrolls too).
    if (fresh.length > 0) this.el.scrollTop = this.el.scrollHeight;
    return said;
  }
}
