import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../support/portal';

interface LintResult {
  messages: { ruleId: string | null; message: string }[];
}

/**
 * Lints a would-be source file in place, without writing it, with the workspace's real lint configuration
 * (the ESLint CLI reading the code from stdin, as `npm test`'s lint step would see the file).
 */
async function lintAs(relativePath: string, code: string): Promise<string[]> {
  const eslintBin = path.join(REPO_ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
  const run = spawnSync(process.execPath, [eslintBin, '--stdin', '--stdin-filename', path.join(REPO_ROOT, relativePath), '--format', 'json'], {
    cwd: REPO_ROOT,
    input: code,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (!run.stdout) throw new Error(`eslint failed: ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as LintResult[];
  return result.messages.filter((message) => message.ruleId === '@nx/enforce-module-boundaries' || message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('module boundaries (lint, part of npm test)', () => {
  beforeAll(() => {
    // The boundary rule reads Nx's project graph, which it skips when none is cached yet: compute it first.
    const graph = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'nx', 'dist', 'bin', 'nx.js'), 'show', 'projects'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false' },
    });
    expect(graph.status).toBe(0);
  });

  it('refuses a framework import in libs/domain', async () => {
    const messages = await lintAs('libs/domain/src/probe.ts', "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n");
    expect(messages.join('\n')).toMatch(/@nestjs\/common/);
  });

  it.each(['typeorm', 'react', 'minio', 'pdfkit'])('refuses %s in libs/domain', async (framework) => {
    const messages = await lintAs('libs/domain/src/probe.ts', `import * as probe from '${framework}';\nexport { probe };\n`);
    expect(messages).not.toHaveLength(0);
  });

  it('refuses an import of one front end from the other, or of the API', async () => {
    expect(await lintAs('apps/enterprise/src/probe.ts', "export * from '../../reviewer/src/app';\n")).not.toHaveLength(0);
    expect(await lintAs('apps/reviewer/src/probe.ts', "export * from '../../api/src/main';\n")).not.toHaveLength(0);
  });

  it('allows the apps to import the domain library', async () => {
    expect(await lintAs('apps/enterprise/src/probe.ts', "export { PROGRAMME_CATEGORIES } from '@shifan/domain';\n")).toEqual([]);
    expect(await lintAs('apps/api/src/probe.ts', "export { DISTRICTS } from '@shifan/domain';\n")).toEqual([]);
  });
});
