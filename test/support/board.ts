import type { TestApp } from './core';

/** The example workshop of a fresh data folder, ready for board tests. */
export async function exampleWorkshop(app: Pick<TestApp, 'call'>) {
  const [programme] = await app.call('programme.list', {});
  const [workshop] = await app.call('workshop.list', { programmeId: programme!.id });
  return workshop!;
}

export async function addNotes(app: TestApp, workshopId: string, texts: readonly string[]) {
  const notes = [];
  for (const text of texts) notes.push(await app.call('note.create', { workshopId: workshopId as never, text, colour: 'yellow', authorId: null }));
  return notes;
}
