import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The layer rules fail the build when broken: each case lints a file that
 * breaks one rule, as `npm run lint` would, and checks the rule that fires.
 */
const root = resolve(__dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the layer rules', () => {
  it('refuse db/ importing the core', async () => {
    expect(
      await ruleIdsFor('db/probe.ts', "import { createCore } from '../electron/core';\nexport const c = createCore;\n"),
    ).toContain('import-x/no-restricted-paths');
  });

  it('let db/ import the bottom layer', async () => {
    expect(
      await ruleIdsFor(
        'db/probe.ts',
        "import { TrellisError } from '../electron/common/errors';\nexport const e = TrellisError;\n",
      ),
    ).toEqual([]);
  });

  it('refuse the renderer importing a core file that is not a contract, by path or by alias', async () => {
    const viaPath =
      "import { listFaculty } from '../../electron/core/faculty/queries';\nexport const l = listFaculty;\n";
    expect(await ruleIdsFor('renderer/src/probe.ts', viaPath)).toContain('import-x/no-restricted-paths');
    const throughAlias =
      "import { listFaculty } from '@common/../core/faculty/queries';\nexport const l = listFaculty;\n";
    expect(await ruleIdsFor('renderer/src/probe.ts', throughAlias)).toContain('import-x/no-restricted-paths');
    // And no alias opens the core: the renderer's aliases name the bottom layer and contract files only.
    const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.web.json'), 'utf8')) as {
      compilerOptions: { paths: Record<string, string[]> };
    };
    expect(compilerOptions.paths).toEqual({
      '@common/*': ['electron/common/*'],
      '@contract': ['electron/core/contract'],
      '@contract/*': ['electron/core/*/contract'],
    });
  });

  it('let the renderer import a contract and the bottom layer', async () => {
    const code =
      "import { facultyFields } from '@contract/faculty';\nimport { TrellisError } from '@common/errors';\nexport const f = [facultyFields, TrellisError];\n";
    expect(await ruleIdsFor('renderer/src/probe.ts', code)).toEqual([]);
  });

  it("refuse the core importing the shell, and the shell or CLI importing the core's inner files", async () => {
    expect(
      await ruleIdsFor(
        'electron/core/probe.ts',
        "import { runCli } from '../cli/program';\nexport const r = runCli;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
    expect(
      await ruleIdsFor(
        'electron/cli/probe.ts',
        "import { listFaculty } from '../core/faculty/queries';\nexport const l = listFaculty;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
    expect(
      await ruleIdsFor(
        'electron/cli/probe.ts',
        "import { createCore } from '../core';\nexport const c = createCore;\n",
      ),
    ).toEqual([]);
  });

  describe('cycles', () => {
    const probe = join(root, 'electron/core', `lintprobe${process.pid}`);
    afterAll(() => rmSync(probe, { recursive: true, force: true }));

    it('refuse an import cycle between two files', async () => {
      mkdirSync(probe, { recursive: true });
      writeFileSync(join(probe, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
      writeFileSync(join(probe, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
      const [result] = await eslint.lintFiles([join(probe, 'a.ts')]);
      expect(result?.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
    });

    it('refuse a cycle between domain folders, naming the imports behind it', () => {
      const tree = mkdtempSync(join(tmpdir(), 'trellis-domains-'));
      try {
        const write = (path: string, text: string) => {
          mkdirSync(dirname(join(tree, path)), { recursive: true });
          writeFileSync(join(tree, path), text);
        };
        write('electron/core/alpha/one.ts', "import { two } from '../beta/two';\nexport const one = two;\n");
        write('electron/core/beta/two.ts', 'export const two = 2;\n');
        const clean = spawnSync('node', ['scripts/check-domain-cycles.mjs', tree], { cwd: root, encoding: 'utf8' });
        expect(clean.status).toBe(0);

        // beta/three.ts imports alpha, while alpha/one.ts imports beta: no two files form a cycle, the folders do.
        write('electron/core/beta/three.ts', "import { one } from '../alpha/one';\nexport const three = one;\n");
        const broken = spawnSync('node', ['scripts/check-domain-cycles.mjs', tree], { cwd: root, encoding: 'utf8' });
        expect(broken.status).toBe(1);
        expect(broken.stderr).toContain('electron/core/alpha ⇄ electron/core/beta');
        expect(broken.stderr).toContain('electron/core/beta/three.ts imports electron/core/alpha/one.ts');
      } finally {
        rmSync(tree, { recursive: true, force: true });
      }
    });
  });
});
