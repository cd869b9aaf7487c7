// The rules tsconfig keeps Node and the browser out of src/game, src/content and
// src/classroom: a fixture that uses their globals, compiled with that tsconfig's own
// options, fails on exactly the lines it marks, and Node's types never enter the program.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = resolve(root, 'tests/tooling/fixtures/hostGlobals.ts');

function rulesOptions(): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(resolve(root, 'tsconfig.rules.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (parsed === undefined) throw new Error('tsconfig.rules.json not read');
  return parsed;
}

/** Line (1-based) to the global named after `expect:` on it. */
function expected(): Map<number, string> {
  const marks = new Map<number, string>();
  readFileSync(fixture, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const m = /\/\/ expect: (\w+)$/.exec(line);
      if (m?.[1] !== undefined) marks.set(i + 1, m[1]);
    });
  return marks;
}

describe('tsconfig.rules.json', () => {
  const config = rulesOptions();
  const program = ts.createProgram({ rootNames: [fixture], options: config.options });
  const found = ts.getPreEmitDiagnostics(program).map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    const line =
      d.file !== undefined && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    return { file: d.file?.fileName ?? '', line, code: d.code, text };
  });

  it('covers the rules core, the content and the classroom', () => {
    const include = (JSON.parse(readFileSync(resolve(root, 'tsconfig.rules.json'), 'utf8')) as { include: string[] })
      .include;
    expect(include).toEqual(expect.arrayContaining(['src/game', 'src/content', 'src/classroom']));
    expect(config.options.types).toEqual([]);
    expect(config.options.lib).toEqual(['lib.es2022.d.ts']);
  });

  it('refuses every Node and browser global in the fixture, and nothing else', () => {
    const marks = expected();
    expect(marks.size).toBe(9);
    expect(found.every((d) => d.file === fixture)).toBe(true);
    const got = found.map((d) => ({ line: d.line, name: /Cannot find name '(\w+)'/.exec(d.text)?.[1] ?? d.text }));
    expect(got).toEqual([...marks].map(([line, name]) => ({ line, name })));
    // 2304/2580/2584/2591: "cannot find name", with or without a hint to add Node's types or the DOM lib.
    expect(found.every((d) => [2304, 2580, 2584, 2591].includes(d.code))).toBe(true);
  });

  it("keeps Node's types out even though boardgame.io's types are loaded", () => {
    const files = program.getSourceFiles().map((f) => f.fileName);
    expect(files.some((f) => f.includes('/node_modules/boardgame.io/'))).toBe(true);
    expect(files.filter((f) => f.includes('/node_modules/@types/node/'))).toEqual([]);
    expect(files.filter((f) => /lib\.dom/.test(f))).toEqual([]);
  });
});
