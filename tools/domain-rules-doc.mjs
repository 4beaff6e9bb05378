// Writes the generated threshold table of docs/domain-rules.md from @shifan/domain's threshold-sources.ts.
// Usage: npx nx run @shifan/domain:build && node tools/domain-rules-doc.mjs   (a domain test fails while the file is stale)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const domain = require(path.join(import.meta.dirname, '../libs/domain/dist'));
const file = path.join(import.meta.dirname, '../docs/domain-rules.md');

const text = fs.readFileSync(file, 'utf8');
const start = text.indexOf(domain.THRESHOLD_TABLE_START);
const end = text.indexOf(domain.THRESHOLD_TABLE_END);
if (start < 0 || end < start) throw new Error(`${file} has no threshold-table markers`);
const next = text.slice(0, start) + domain.thresholdTableMarkdown() + text.slice(end + domain.THRESHOLD_TABLE_END.length);
if (next === text) console.log('docs/domain-rules.md is up to date');
else {
  fs.writeFileSync(file, next);
  console.log('docs/domain-rules.md: threshold table rewritten');
}
