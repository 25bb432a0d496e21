// Renderer (the page). The order the entry (main.tsx) starts things in: the app's code runs once the first
// questions are on their way, or after a short wait at most, so a slow answer never holds up the app.
/**
 * Resolves once `questionsAsked` settles (fulfilled or not: the app runs either way, and says what failed),
 * or after `capMs`, whichever comes first.
 */
export function afterFirstQuestions(questionsAsked: Promise<unknown>, capMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, capMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    questionsAsked.then(done, done);
  });
}
