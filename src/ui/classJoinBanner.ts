// The join code large, its link (with Copy) and its QR code: on the teacher's dashboard
// and, bigger, on the projector.
import { classUrls } from '../net/classApi';
import { button, h } from './dom';
import { S } from './classText';
import { qrBox } from './classWidgets';

/** The join code, its link (with Copy) and QR code: the banner a teacher projects or reads out. */
export function joinBanner(code: string, say: (text: string) => void, big = false): HTMLElement {
  const link = classUrls.join(code);
  const input = h('input', {
    class: 'invite-link',
    readonly: true,
    value: link,
    id: big ? 'proj-link' : 'dash-link',
    'data-testid': 'join-link',
  });
  const copy = button(
    S('copy'),
    () => {
      const copying = navigator.clipboard?.writeText(link);
      if (copying === undefined) copy.textContent = S('copyFailed');
      else
        copying.then(
          () => (copy.textContent = S('copied')),
          () => {
            input.select();
            copy.textContent = S('copyFailed');
          },
        );
    },
    { class: 'btn', 'data-testid': 'copy-join-link' },
  );
  return h(
    'section',
    { class: `join-banner${big ? ' big' : ''}`, 'aria-label': S('codeHeading') },
    h(
      'div',
      { class: 'jb-text' },
      h('p', { class: 'jb-label' }, S('codeHeading')),
      h('p', { class: 'jb-code', 'data-testid': 'join-code' }, code),
      // On the projector the link is written out in words above the banner; here it can be copied.
      big ? null : h('label', { class: 'jb-label', for: input.id }, S('joinLink')),
      big ? null : h('div', { class: 'row invite-row' }, input, copy),
    ),
    qrBox(link, (reason) => say(`${S('qrFailed')} (${reason})`)),
  );
}
