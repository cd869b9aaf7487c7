// The class session's pages, chosen by the address: ?classroom=1 (the teacher's form
// for a new session), ?class=CODE (a student joins), ?teach=CODE#key=KEY (the teacher's
// dashboard) and ?projector=CODE#key=KEY (the class screen). This module and the
// screens it opens arrive as their own chunk, only on these addresses.
import '../ui/classroom.css';
import { h, button } from '../ui/dom';
import { S } from '../ui/classText';
import { normalizeCode } from '../online/classroom';
import { keyFromHash } from '../net/classApi';

function refusal(app: HTMLElement, message: string): void {
  app.replaceChildren(
    h(
      'main',
      { class: 'menu lobby', 'aria-labelledby': 'class-refused-title', 'data-testid': 'class-refused' },
      h(
        'div',
        { class: 'menu-card class-card' },
        h('p', { class: 'menu-kicker' }, S('kicker')),
        h('h1', { id: 'class-refused-title' }, S('dashLabel')),
        h('p', { class: 'class-refusal', role: 'alert', 'data-testid': 'class-refusal' }, message),
        button(S('backToMenu'), () => window.location.assign(window.location.pathname), { class: 'btn ghost' }),
      ),
    ),
  );
}

export async function startClassroom(app: HTMLElement, search: string, hash: string): Promise<void> {
  const q = new URLSearchParams(search);
  const student = q.get('class');
  if (student !== null) {
    const { startStudent } = await import('./classStudent');
    await startStudent(app, student);
    return;
  }
  const teach = q.get('teach');
  const projector = q.get('projector');
  if (teach !== null || projector !== null) {
    const code = normalizeCode(teach ?? projector ?? '');
    const key = keyFromHash(hash);
    if (code === null) return refusal(app, S('codeInvalid'));
    if (key === null) return refusal(app, S('keyMissing'));
    if (teach !== null) {
      const { mountDashboard } = await import('../ui/classDashboard');
      mountDashboard(app, code, key);
    } else {
      const { mountProjector } = await import('../ui/classProjector');
      mountProjector(app, code, key);
    }
    return;
  }
  const { mountClassCreate } = await import('../ui/classCreate');
  mountClassCreate(app);
}
