// The class screen (/?projector=CODE#key=KEY): while students join, the code in very
// large type with the QR code and the link; once matches run, a read-only grid of the
// matches' ropes and rounds, sized to be read from the back of a room at 1280x720.
// Nothing here controls the class: it only follows the `dashboard` events.
import { parsePayload } from '../net/http';
import { dashboardSchema } from '../net/classSchemas';
import { classApi, classUrls, connectClass } from '../net/classApi';
import { ClassError, type Dashboard } from '../online/classroom';
import { h } from './dom';
import { S, roundLine } from './classText';
import { miniRope, resultLine, valueBars, whoseTurn } from './classWidgets';
import { joinBanner } from './classJoinBanner';
import { socketErrorText } from './serverText';

export function mountProjector(app: HTMLElement, code: string, key: string): void {
  const note = h('p', { class: 'proj-note', role: 'status', 'aria-live': 'polite' });
  const say = (text: string): void => {
    note.textContent = text;
  };
  const body = h('div', { class: 'proj-body' });
  const main = h(
    'main',
    { class: 'projector', 'aria-label': S('projectorLabel'), 'data-testid': 'projector' },
    body,
    note,
  );
  app.replaceChildren(main);
  let mode: 'join' | 'grid' | null = null;
  const joined = h('p', { class: 'proj-joined', 'data-testid': 'proj-joined' });
  const names = h('ul', { class: 'waiting-list proj-names' });

  const show = (d: Dashboard): void => {
    const joining = d.matches.length === 0;
    if (joining) {
      if (mode !== 'join') {
        mode = 'join';
        body.replaceChildren(
          h('h1', { class: 'proj-title' }, S('projJoin')),
          h('p', { class: 'proj-step' }, S('projStep', { url: classUrls.join(code).replace(/^https?:\/\//, '') })),
          joinBanner(code, say, true),
          h('p', { class: 'proj-step small' }, S('projScan')),
          joined,
          names,
        );
      }
      joined.textContent = S('projJoined', { n: d.students.length });
      names.replaceChildren(...d.students.map((st) => h('li', {}, st.nickname)));
      return;
    }
    mode = 'grid';
    body.replaceChildren(...matchGrid(code, d));
  };

  // A session that no longer exists (deleted, or never was) says so instead of waiting for updates.
  const gone = (): void => {
    body.replaceChildren(
      h('p', { class: 'proj-gone', role: 'alert', 'data-testid': 'proj-gone' }, S('classGone', { code })),
    );
  };
  void classApi.dashboard(code, key).then(show, (err: unknown) => {
    if (err instanceof ClassError && err.code === 'classNotFound') gone();
    else say(S('failed', { why: err instanceof Error ? err.message : String(err) }));
  });
  void connectClass({ code, teacherKey: key }).then((s) => {
    s.on('deleted', () => {
      s.close();
      gone();
    });
    s.on('dashboard', (d: unknown) => {
      const dashboard = parsePayload(dashboardSchema, d);
      if (dashboard !== null) show(dashboard);
    });
    s.on('connect_error', (err: Error) => say(`${S('liveLost')} ${socketErrorText(err)}`));
    s.on('connect', () => say(''));
    window.addEventListener('pagehide', () => s.close());
  });
}

/** The matches' ropes and rounds, once matches run. */
function matchGrid(code: string, d: Dashboard): HTMLElement[] {
  const waiting = d.students.filter((s) => s.matchID === null).length;
  return [
    h(
      'header',
      { class: 'proj-head' },
      h('h1', {}, S('projMatches', { code, n: d.matches.length })),
      h('p', { class: 'proj-code' }, classUrls.join(code).replace(/^https?:\/\//, '')),
      waiting > 0 ? h('p', { class: 'proj-code' }, S('waitingHeading', { n: waiting })) : null,
    ),
    h(
      'ol',
      { class: `proj-grid${d.matches.length <= 4 ? ' few' : ''}`, 'data-testid': 'proj-grid' },
      ...d.matches.map((m, i) =>
        h(
          'li',
          { class: `proj-match${m.paused ? ' paused' : ''}` },
          h('h2', {}, S('matchN', { n: i + 1 }), m.paused ? h('span', { class: 'tag paused' }, S('paused')) : null),
          h(
            'p',
            { class: 'proj-round' },
            resultLine(m) ?? roundLine(m.round, m.rounds, m.gameover === null ? m.phase : null),
          ),
          miniRope(m.rope, true),
          d.matches.length <= 6 ? h('p', { class: 'proj-turn' }, whoseTurn(m) ?? '\u00a0') : null,
          d.matches.length <= 6 ? valueBars(m.values) : null,
        ),
      ),
    ),
  ];
}
