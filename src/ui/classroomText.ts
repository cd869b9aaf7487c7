// Every English string of the classroom screens (the debrief, the teacher's guide, the
// injected-event lines of the log), in one plain object, so they can move to the
// translation files in one step.
export const CLASSROOM_TEXT = {
  injectedCause: (title: string): string => `news injected by the teacher: ${title}`,
  injectedNews: (title: string): string => `News injected by the teacher: ${title}.`,
};
