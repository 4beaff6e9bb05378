import fs from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

describe('the audit trail is append-only in the application', () => {
  const files = sourceFiles(SRC);

  it('is touched only by its repository (and the entity list the schema is built from)', () => {
    const users = files.filter((file) => /AuditLogEntity/.test(fs.readFileSync(file, 'utf8'))).map((file) => path.relative(SRC, file));
    expect(users.sort()).toEqual(['audit/audit-log.entity.ts', 'audit/audit.controller.ts', 'audit/audit.repository.ts', 'audit/audit.service.ts', 'database/entities.ts'].sort());
  });

  it('has no update, delete or raw SQL on audit_log anywhere', () => {
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      expect(text).not.toMatch(/(UPDATE|DELETE FROM)\s+`?audit_log/i);
      if (/AuditLogEntity/.test(text)) expect(text).not.toMatch(/getRepository\(AuditLogEntity\)\.(update|delete|remove|softDelete|save|upsert|increment|decrement)\(/);
    }
  });
});
