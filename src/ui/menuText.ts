// Puts the first screen into the chosen language. The page ships its English in
// index.html (so it paints with the first byte and English needs no extra download);
// each element names its key in data-i18n (text) or data-i18n-aria (aria-label).
import { t } from '../i18n/index';

export function translateMenu(doc: Document): void {
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = el.dataset.i18n;
    if (key !== undefined) el.textContent = t(key);
  }
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n-aria]')) {
    const key = el.dataset.i18nAria;
    if (key !== undefined) el.setAttribute('aria-label', t(key));
  }
  const seat = doc.getElementById('opt-seat');
  if (seat !== null) seat.dataset.kz = t('role.kazakhstan');
  doc.title = t('menu.title');
}
