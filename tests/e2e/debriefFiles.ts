// Saved debrief files for the class debrief's browser tests: matches played by bots
// through the rules, written as the game's own export writes them, beside files that
// are not debriefs at all.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { debriefJson } from '../../src/debrief/export';
import { matchDebrief, type MatchDebrief } from '../../src/debrief/model';
import { play } from '../debrief/games';

/** A classroom quick game played by bots from `seed`, as its debrief. */
export function playedMatch(id: string, label: string, seed: string, opts?: Parameters<typeof play>[1]): MatchDebrief {
  return matchDebrief({ id, label, G: play(seed, opts).G });
}

/** Writes each file into a fresh folder: matches as one exported debrief, text as it is. Returns the paths in order. */
export async function writeDebriefFiles(
  prefix: string,
  files: readonly (readonly [name: string, content: readonly MatchDebrief[] | string])[],
): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const exportedAt = new Date('2026-11-28T10:00:00Z');
  const paths: string[] = [];
  for (const [name, content] of files) {
    const path = join(dir, name);
    await writeFile(path, typeof content === 'string' ? content : debriefJson(content, exportedAt));
    paths.push(path);
  }
  return paths;
}
