// The teacher's form for a new class session: the scenario (the classroom quick game
// by default), two or three students a match, the computer level that fills odd
// numbers, the turn timer and the students' language. Creating it opens the dashboard
// by its private link (the key stays in the address's fragment).
import { SCENARIO_IDS } from '../content/ids';
import { classApi, classUrls } from '../net/classApi';
import type { FillLevel, Language } from '../online/classroom';
import { TURN_SECONDS_CHOICES } from '../online/setup';
import { LANGS } from '../i18n/detect';
import { language, t } from '../i18n/index';
import { button, h } from './dom';
import { S, timerChoice } from './classText';

const TEACHER_KEY = 'ngg.teacher';

/** The last class this browser created, so a closed tab can find its dashboard again. */
export function savedTeacher(): { code: string; key: string } | null {
  try {
    const raw = window.localStorage.getItem(TEACHER_KEY);
    const v = raw === null ? null : (JSON.parse(raw) as { code?: unknown; key?: unknown });
    return v !== null && typeof v.code === 'string' && typeof v.key === 'string' ? { code: v.code, key: v.key } : null;
  } catch {
    return null;
  }
}

export function saveTeacher(code: string, key: string): void {
  try {
    window.localStorage.setItem(TEACHER_KEY, JSON.stringify({ code, key }));
  } catch {
    // private mode: the teacher keeps the link by bookmarking it
  }
}

function field(label: string, control: HTMLElement): HTMLLabelElement {
  return h('label', {}, h('span', {}, label), control);
}

const option = (value: string, label: string): HTMLOptionElement => h('option', { value }, label);

/** The form's choices, each preset to the usual lesson. */
function createControls() {
  const scenario = h(
    'select',
    { id: 'class-scenario', name: 'scenario' },
    ...SCENARIO_IDS.map((id) => option(id, t(`scenario.${id}`))),
  );
  scenario.value = 'classroom-quick';
  const players = h(
    'select',
    { id: 'class-players', name: 'players' },
    option('2', S('players2')),
    option('3', S('players3')),
  );
  const fill = h(
    'select',
    { id: 'class-fill', name: 'fill' },
    option('easy', t('menu.botEasy')),
    option('standard', t('menu.botStandard')),
    option('hard', t('menu.botHard')),
  );
  fill.value = 'standard';
  const timer = h(
    'select',
    { id: 'class-timer', name: 'timer' },
    option('', S('timerOff')),
    ...TURN_SECONDS_CHOICES.map((s) => option(String(s), timerChoice(s))),
  );
  const lang = h(
    'select',
    { id: 'class-language', name: 'language' },
    ...LANGS.map((l) => h('option', { value: l, lang: l === 'zh' ? 'zh-Hans' : l }, t(`lang.${l}`))),
  );
  const current = language();
  lang.value = current === 'pseudo' ? 'en' : current;
  return { scenario, players, fill, timer, lang };
}

type Controls = ReturnType<typeof createControls>;

/** Creates the session from the form and opens its dashboard; a refusal is shown in `status`. */
async function createSession(c: Controls, create: HTMLButtonElement, status: HTMLElement): Promise<void> {
  create.disabled = true;
  status.textContent = S('creating');
  try {
    const made = await classApi.create({
      scenario: c.scenario.value,
      players: c.players.value === '3' ? 3 : 2,
      fill: c.fill.value as FillLevel,
      turnSeconds: c.timer.value === '' ? null : Number(c.timer.value),
      language: c.lang.value as Language,
    });
    saveTeacher(made.code, made.teacherKey);
    window.location.assign(classUrls.teacher(made.code, made.teacherKey));
  } catch (err) {
    status.textContent = S('failed', { why: err instanceof Error ? err.message : String(err) });
    create.disabled = false;
  }
}

/** The way back: the last class's dashboard, if this browser made one, and the menu. */
function footer(): HTMLElement {
  const last = savedTeacher();
  return h(
    'div',
    { class: 'row' },
    last === null
      ? null
      : h(
          'a',
          { class: 'btn', href: classUrls.teacher(last.code, last.key), 'data-testid': 'class-last' },
          S('dashTitle', { code: last.code }),
        ),
    button(S('backToMenu'), () => window.location.assign(window.location.pathname), { class: 'btn ghost' }),
  );
}

export function mountClassCreate(app: HTMLElement): void {
  const c = createControls();
  const status = h('p', {
    class: 'menu-status',
    role: 'status',
    'aria-live': 'polite',
    'data-testid': 'class-create-status',
  });
  const go = (): Promise<void> => createSession(c, create, status);
  const create = button(S('create'), () => void go(), { class: 'btn primary', 'data-testid': 'class-create' });
  const form = h(
    'form',
    { class: 'class-form', 'aria-labelledby': 'class-create-title' },
    h(
      'div',
      { class: 'menu-options' },
      field(S('scenario'), c.scenario),
      field(S('players'), c.players),
      field(S('fill'), c.fill),
      field(S('timer'), c.timer),
      field(S('language'), c.lang),
    ),
    h('div', { class: 'row' }, create),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void go();
  });
  const card = h(
    'div',
    { class: 'menu-card lobby-card' },
    h('p', { class: 'menu-kicker' }, S('kicker')),
    h('h1', { id: 'class-create-title' }, S('createTitle')),
    h('p', { class: 'menu-lede' }, S('createLede')),
    form,
    status,
    footer(),
  );
  app.replaceChildren(
    h(
      'main',
      { class: 'menu lobby class-create', 'aria-labelledby': 'class-create-title', 'data-testid': 'class-create-form' },
      card,
    ),
  );
  queueMicrotask(() => c.scenario.focus());
}
