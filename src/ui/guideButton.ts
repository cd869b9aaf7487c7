// Wires the first screen's Teacher's guide button (its markup and label are in
// index.html with the rest of the first screen): the guide and its words load in their
// own chunk on the first click, so the first screen carries none of them.
export function wireGuideButton(doc: Document): void {
  const open = doc.getElementById('btn-guide');
  if (open === null) return;
  open.addEventListener('click', () => {
    void import('./guide').then(({ guideSheet }) => {
      const sheet = guideSheet(() => {
        sheet.remove();
        open.focus();
      });
      doc.body.append(sheet);
    });
  });
}
