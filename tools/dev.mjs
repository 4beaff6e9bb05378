#!/usr/bin/env node
// `npm run dev`: the API rebuilt and restarted on change (tsc --watch + node --watch) on port 3000, and the Vite
// dev servers of both apps proxying /api to it: enterprise on http://localhost:4200, reviewer on
// http://localhost:4300/review/. Ctrl-C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(import.meta.dirname, '..');
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', SERVE_WEB: 'false' };

const build = spawnSync(process.execPath, [bin('nx', 'dist/bin/nx.js'), 'run-many', '-t', 'build', '--projects=@shifan/domain,@shifan/api'], { cwd: root, stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [
  spawn(process.execPath, [bin('typescript', 'bin/tsc'), '-p', 'apps/api/tsconfig.app.json', '--watch', '--preserveWatchOutput'], { cwd: root, stdio: 'inherit', env }),
  spawn(process.execPath, ['--watch-path=apps/api/dist', 'apps/api/dist/main.js'], { cwd: root, stdio: 'inherit', env }),
  spawn(process.execPath, [bin('vite', 'bin/vite.js')], { cwd: path.join(root, 'apps/enterprise'), stdio: 'inherit', env }),
  spawn(process.execPath, [bin('vite', 'bin/vite.js')], { cwd: path.join(root, 'apps/reviewer'), stdio: 'inherit', env }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
