// The lint configuration holds the structure: a forbidden layer import, a file over
// 400 lines and a function over 80 fail it, while the content's tables may be long.
// Each case lints text as if it stood at a path in src, through ESLint's own API.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function rulesBroken(text: string, path: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: path });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const statements = (n: number): string => Array.from({ length: n }, (_, i) => `  total += ${i};`).join('\n');

describe('the lint rules', () => {
  it('refuses an import against the layers', async () => {
    const broken = await rulesBroken(
      "import { startTable } from '../client/table';\nvoid startTable;\n",
      'src/game/probe.ts',
    );
    expect(broken).toContain('import-x/no-restricted-paths');
  });

  it('refuses a function over 80 lines, and passes one of 80', async () => {
    const fn = (n: number): string =>
      `export function probe(): number {\n  let total = 0;\n${statements(n - 4)}\n  return total;\n}\n`;
    expect(await rulesBroken(fn(81), 'src/game/probe.ts')).toContain('max-lines-per-function');
    expect(await rulesBroken(fn(80), 'src/game/probe.ts')).not.toContain('max-lines-per-function');
  });

  it('refuses a file over 400 lines, but not a content table', async () => {
    const file = Array.from({ length: 401 }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n';
    expect(await rulesBroken(file, 'src/game/probe.ts')).toContain('max-lines');
    expect(await rulesBroken(file, 'src/content/probe.ts')).not.toContain('max-lines');
  });
});
