// The dashboard's box for injecting a news event into all or chosen matches: the events
// the server offers, the targets (redrawn only when the matches change), and the answer
// said match by match.
import { classApi, type InjectableEvent } from '../net/classApi';
import type { Dashboard } from '../online/classroom';
import { button, h } from './dom';
import { S } from './classText';
import { newsTitle } from './names';
import { classErrorText, injectRefusalText } from './serverText';
import type { DashContext } from './classDashContext';

export interface InjectBox {
  readonly element: HTMLElement;
  readonly button: HTMLButtonElement;
  update(d: Dashboard): void;
}

/** The events the server offers, as the picker's options. */
function loadEvents(ctx: DashContext, pick: HTMLSelectElement): void {
  void classApi.events(ctx.code, ctx.key).then(
    (events: InjectableEvent[]) =>
      pick.replaceChildren(
        ...events.map((e) =>
          h(
            'option',
            { value: e.id },
            S(e.speculative ? 'eventSpeculative' : 'eventOption', { year: e.year, title: newsTitle(e.id) ?? e.title }),
          ),
        ),
      ),
    (err: unknown) => ctx.say(S('failed', { why: classErrorText(err) })),
  );
}

function box(id: string, label: string, checked: boolean, onChange: (on: boolean) => void): HTMLElement {
  const input = h('input', { type: 'checkbox', id, checked });
  input.addEventListener('change', () => onChange(input.checked));
  return h('label', { class: 'check', for: id }, input, label);
}

export function injectBox(ctx: DashContext): InjectBox {
  const { code, key } = ctx;
  let targetsFor = '';
  const chosen = new Set<string>();
  let allTargets = true;
  const targets = h('div', { class: 'inject-targets' });
  const eventPick = h('select', { id: 'inject-event', 'data-testid': 'inject-event' });
  const injectBtn = button(S('inject'), () => void inject(), { class: 'btn primary', 'data-testid': 'inject' });
  const inject = async (): Promise<void> => {
    const d = ctx.current();
    if (d === null || eventPick.value === '') return;
    const ids = allTargets ? undefined : d.matches.map((m) => m.matchID).filter((id) => chosen.has(id));
    if (ids !== undefined && ids.length === 0) {
      ctx.say(S('injectNoTarget'));
      return;
    }
    await ctx.act(
      async () => {
        const results = await classApi.inject(code, key, eventPick.value, ids);
        const number = (id: string): number => d.matches.findIndex((m) => m.matchID === id) + 1;
        const ok = results.filter((r) => r.ok).length;
        const refused = results
          .filter((r) => !r.ok)
          .map((r) => S('injectRefused', { n: number(r.matchID), why: injectRefusalText(r) }));
        ctx.say([S('injected', { ok, n: results.length }), ...refused].join(' '));
      },
      undefined,
      injectBtn,
    );
  };
  loadEvents(ctx, eventPick);
  const renderTargets = (d: Dashboard): void => {
    const ids = d.matches.map((m) => m.matchID).join(',');
    if (ids === targetsFor) return;
    targetsFor = ids;
    targets.replaceChildren(
      box('inject-all', S('injectAll'), allTargets, (on) => {
        allTargets = on;
      }),
      ...d.matches.map((m, i) =>
        box(`inject-${i + 1}`, S('matchN', { n: i + 1 }), chosen.has(m.matchID), (on) => {
          if (on) chosen.add(m.matchID);
          else chosen.delete(m.matchID);
          if (on) {
            allTargets = false;
            const all = targets.querySelector<HTMLInputElement>('#inject-all');
            if (all !== null) all.checked = false;
          }
        }),
      ),
    );
  };
  const element = h(
    'section',
    { class: 'dash-box inject', 'aria-labelledby': 'dash-inject-title', hidden: true },
    h('h2', { id: 'dash-inject-title' }, S('injectHeading')),
    h('div', { class: 'row' }, h('label', { for: 'inject-event' }, S('injectEvent')), eventPick),
    h('fieldset', { class: 'row' }, h('legend', {}, S('injectInto')), targets),
    h('div', { class: 'row' }, injectBtn),
  );
  return {
    element,
    button: injectBtn,
    update: (d) => {
      renderTargets(d);
      element.hidden = d.matches.length === 0;
      injectBtn.disabled = d.status === 'ended';
    },
  };
}
