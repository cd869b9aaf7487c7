// The first screen. Its markup ships in index.html so it paints with the first byte;
// this only wires it. The start handler is async (it loads the game table), and the
// status line says so, so a click never seems lost.
import { isBotLevel } from '../ai/bots';
import { isScenario, seatsFor, TUTORIAL, type MatchOptions, type PlayMode } from './options';
import { normalizeCode } from '../online/classroom';

export interface MenuHandlers {
  /** Called on the first sign of intent (hover, focus) to warm the game chunk. */
  prefetch: () => void;
  start: (options: MatchOptions) => Promise<void>;
  /** Opens the online lobby. */
  online?: () => void;
  /** Opens the teacher's form for a class session. */
  classroom?: () => void;
  /** Opens a class's join page by its code (already checked). */
  joinClass?: (code: string) => void;
}

function select(doc: Document, id: string): HTMLSelectElement | null {
  const el = doc.getElementById(id);
  return el instanceof HTMLSelectElement ? el : null;
}

export function readMenu(doc: Document, mode: PlayMode): MatchOptions {
  if (mode === 'tutorial') return TUTORIAL;
  const scenario = select(doc, 'opt-scenario')?.value ?? 'classroom-quick';
  const players = select(doc, 'opt-players')?.value === '3' ? 3 : 2;
  const seat = select(doc, 'opt-seat')?.value ?? '0';
  const bot = select(doc, 'opt-bot')?.value ?? 'standard';
  return {
    mode,
    scenario: isScenario(scenario) ? scenario : 'classroom-quick',
    players,
    humanSeats: seatsFor(mode, players, seat),
    botLevel: isBotLevel(bot) ? bot : 'standard',
  };
}

export function wireMenu(doc: Document, handlers: MenuHandlers): void {
  const status = doc.getElementById('menu-status');
  let prefetched = false;
  const warm = (): void => {
    if (prefetched) return;
    prefetched = true;
    handlers.prefetch();
  };
  const begin = (mode: PlayMode) => async (): Promise<void> => {
    // The words come with the table's chunk (warmed on hover or focus); English is in the page.
    const say = (key: string, fallback: string, vars?: Record<string, string>): void => {
      if (status === null) return;
      status.textContent = fallback;
      void import('../i18n/index').then(({ t }) => (status.textContent = t(key, vars))).catch(() => undefined);
    };
    say('menu.settingUp', 'Setting up the table…');
    try {
      await handlers.start(readMenu(doc, mode));
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      say('menu.failed', `Could not start the game: ${reason}`, { reason });
    }
  };
  for (const [id, mode] of [
    ['btn-hotseat', 'hotseat'],
    ['btn-computer', 'computer'],
    ['btn-tutorial', 'tutorial'],
  ] as const) {
    const btn = doc.getElementById(id);
    btn?.addEventListener('click', () => void begin(mode)());
    btn?.addEventListener('pointerenter', warm);
    btn?.addEventListener('focus', warm);
  }
  const onlineBtn = doc.getElementById('btn-online');
  onlineBtn?.addEventListener('click', () => handlers.online?.());
  doc.getElementById('btn-classroom')?.addEventListener('click', () => handlers.classroom?.());
  const joinForm = doc.getElementById('join-class');
  const codeInput = doc.getElementById('opt-class-code');
  joinForm?.addEventListener('submit', (e) => {
    e.preventDefault();
    const typed = codeInput instanceof HTMLInputElement ? codeInput.value : '';
    const code = normalizeCode(typed);
    if (code === null) {
      if (status !== null) status.textContent = doc.getElementById('join-class-hint')?.textContent ?? '';
      if (codeInput instanceof HTMLInputElement) {
        codeInput.setAttribute('aria-invalid', 'true');
        codeInput.focus();
      }
      return;
    }
    handlers.joinClass?.(code);
  });
  const rulesBtn = doc.getElementById('btn-rules');
  const rules = doc.getElementById('rules');
  rulesBtn?.addEventListener('click', () => {
    if (rules === null) return;
    rules.hidden = !rules.hidden;
    rulesBtn.setAttribute('aria-expanded', String(!rules.hidden));
  });
  // The seat choice only matters against the computer; the Kazakhstan seat only with three.
  const players = select(doc, 'opt-players');
  const seat = select(doc, 'opt-seat');
  const syncSeats = (): void => {
    if (seat === null) return;
    const three = players?.value === '3';
    let kz = seat.querySelector('option[value="2"]');
    if (three && kz === null) {
      kz = doc.createElement('option');
      kz.setAttribute('value', '2');
      kz.setAttribute('data-i18n', 'role.kazakhstan');
      kz.textContent = seat.dataset.kz ?? 'Kazakhstan';
      seat.append(kz);
    } else if (!three && kz !== null) {
      if (seat.value === '2') seat.value = '0';
      kz.remove();
    }
  };
  players?.addEventListener('change', syncSeats);
}
