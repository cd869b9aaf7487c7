// Grading in the browser against the real server: two students play their match to the end
// and answer (over the class API and the game socket, as their browsers would), then the
// teacher's dashboard shows each answer beside its match's evidence; the teacher comments,
// accepts two rubric suggestions, writes one grade in their own words and edits the
// criteria, and the class's JSON export holds the comment, the criteria and all three grades.
import { playedLesson } from '../server/classHelpers';
import { axeCheck } from './audit';
import { expect, test } from './fixtures';

interface Exported {
  reflections: { answers: { nickname: string; comment: { text: string } | null }[] };
  rubric: {
    criteria: { id: string; label: string }[];
    students: { nickname: string; grades: { criterion: string; text: string; source: string }[] }[];
  };
}

test('classroom: the teacher sees answers with their evidence, comments, grades on the rubric, and the export holds it', async ({
  page: teacher,
  gameServer: url,
}) => {
  test.setTimeout(120_000);
  const { c } = await playedLesson(url.replace(/\/$/, ''));
  await teacher.goto(`${url}?teach=${c.code}#key=${c.teacherKey}`);
  await teacher.getByTestId('dashboard').waitFor();

  await teacher.getByTestId('reflections-show').click();
  const answers = teacher.getByTestId('reflect-answer');
  await answers.nth(1).waitFor();
  const ada = answers.filter({ hasText: 'Ada Bek' });
  await expect(ada).toContainText('Trust moved the rope more than troops.');
  // The evidence: the rope, Kazakhstan's values, the winner and the realist world's winner.
  await expect(ada.getByTestId('answer-evidence')).toContainText(/Rope -?\d+ · Reform \d+, Identity \d+/);
  await expect(ada.getByTestId('answer-evidence')).toContainText('won by');
  await expect(ada.getByTestId('answer-evidence')).toContainText('in the realist world:');
  await ada.getByTestId('comment-text').fill('Good: now name the round where trust fell.');
  await ada.getByTestId('comment-save').click();
  await expect(ada.getByRole('status')).toHaveText('Saved.');

  await teacher.getByTestId('rubric-show').click();
  const student = teacher.locator('[data-testid="rubric-student"][data-nickname="Ada Bek"]');
  await student.waitFor();
  const row = (id: string) => student.locator(`[data-criterion="${id}"]`);
  await expect(row('evidence').getByTestId('rubric-suggestion')).toContainText(/Suggested: played \d+ cards?/);
  for (const id of ['evidence', 'constructivist']) {
    const suggested = ((await row(id).getByTestId('rubric-suggestion').textContent()) ?? '').replace('Suggested: ', '');
    await row(id).getByTestId('rubric-accept').click();
    await expect(row(id).getByTestId('grade-kept')).toHaveText(`Accepted: ${suggested}`);
  }
  await row('agency').getByTestId('grade-text').fill('Say what Kazakhstan chose, not only what you did.');
  await row('agency').getByTestId('grade-save').click();
  await expect(row('agency').getByTestId('grade-kept')).toHaveText(
    'Your words: Say what Kazakhstan chose, not only what you did.',
  );
  // The teacher renames a criterion and adds one; the grades stay with their criteria.
  const labels = teacher.getByTestId('criterion-label');
  await expect(labels).toHaveCount(5);
  await labels.nth(0).fill('Evidence from your own game');
  await labels.nth(4).fill('Clarity');
  await teacher.getByTestId('criteria-save').click();
  await expect(row('c5').locator('h4')).toHaveText('Clarity');
  await expect(row('evidence').locator('h4')).toHaveText('Evidence from your own game');
  await expect(row('agency').getByTestId('grade-kept')).toContainText('Your words:');
  await axeCheck(teacher, 'the dashboard with comments and the rubric');

  const exported = (await (
    await fetch(`${url}api/class/${c.code}/export.json`, { headers: { 'x-teacher-key': c.teacherKey } })
  ).json()) as Exported;
  const comment = exported.reflections.answers.find((a) => a.nickname === 'Ada Bek')?.comment?.text;
  expect(comment).toBe('Good: now name the round where trust fell.');
  const grades = exported.rubric.students.find((s) => s.nickname === 'Ada Bek')?.grades ?? [];
  expect(exported.rubric.criteria.map((x) => x.label)).toEqual([
    'Evidence from your own game',
    'The realist reading',
    'The constructivist reading',
    "Kazakhstan's agency",
    'Clarity',
  ]);
  expect(grades.map((g) => [g.criterion, g.source]).sort()).toEqual([
    ['agency', 'teacher'],
    ['constructivist', 'suggested'],
    ['evidence', 'suggested'],
  ]);
});
