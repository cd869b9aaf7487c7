// The pieces the guide and the debrief sheets are built from: a titled card and a
// plain table of text cells.
import { h } from './dom';

/** A section with its heading, named by it for screen readers. */
export function card(title: string, id: string, ...children: (Node | string | null)[]): HTMLElement {
  return h('section', { class: 'db-card', 'aria-labelledby': id }, h('h3', { id }, title), ...children);
}

/** A table with column headings and one row of text cells per entry. */
export function table(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  attrs: Record<string, string> = {},
): HTMLTableElement {
  return h(
    'table',
    attrs,
    h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((cell) => h('td', {}, cell))))),
  );
}
