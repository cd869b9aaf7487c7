// Puts the teacher's guide on the first screen: a button beside Rules that opens the
// guide (its own small chunk) over the menu, and closes it back to where focus was.
import { CLASSROOM_TEXT as T } from './classroomText';
import { button } from './dom';

export function addGuideButton(doc: Document): void {
  const actions = doc.querySelector('.menu-actions');
  if (actions === null || doc.getElementById('btn-guide') !== null) return;
  const open = button(
    T.guideButton,
    () => {
      void import('./guide').then(({ guideSheet }) => {
        const sheet = guideSheet(() => {
          sheet.remove();
          open.focus();
        });
        doc.body.append(sheet);
      });
    },
    { id: 'btn-guide', class: 'btn ghost' },
  );
  actions.insertBefore(open, doc.getElementById('btn-rules'));
}
