// The layers eslint.config.js enforces: each case is an import the project forbids, linted as
// if it stood in a file of the layer that must not make it.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const rulesBroken = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(`${code}\nvoid x;\n`, { filePath });
  return result!.messages.map((m) => m.ruleId);
};

describe('lint layers', () => {
  it.each([
    [
      'the contract importing anything',
      'src/contract/x.ts',
      "import * as x from '../config/paths';",
    ],
    [
      'an earlier pipeline stage importing a later one',
      'src/content/read/x.ts',
      "import * as x from '../tag/tagger.ts';",
    ],
    [
      'the pipeline importing UI',
      'src/content/emit/x.ts',
      "import * as x from '../../app/router';",
    ],
    [
      'a feature importing another',
      'src/features/tags/x.ts',
      "import * as x from '../search/api/excerpt';",
    ],
    ['a component importing the app', 'src/components/x.ts', "import * as x from '../app/router';"],
  ])(
    'forbid %s',
    async (_, file, code) => {
      expect(await rulesBroken(file, code)).toContain('import/no-restricted-paths');
    },
    30_000,
  );

  it('allow what the layers allow', async () => {
    expect(
      await rulesBroken('src/content/tag/x.ts', "import * as x from '../read/parse.ts';"),
    ).toEqual([]);
    expect(
      await rulesBroken('src/features/tags/x.ts', "import * as x from '../../lib/format';"),
    ).toEqual([]);
  }, 30_000);
});
