import { Controller, Get, Res } from '@nestjs/common';
import type { AuditQuery } from '@shifan/domain';
import type { Response } from 'express';
import { type Actor, CurrentActor } from '../auth/actor';
import { Endpoint } from '../common/http/endpoint';
import { Validated } from '../common/http/validated';
import type { AuditLogEntity } from './audit-log.entity';
import * as contract from './audit.contract';
import { AuditService } from './audit.service';

const CSV_COLUMNS: [string, (entry: AuditLogEntity) => string | number | null][] = [
  ['序号 seq', (e) => e.seq],
  ['时间 occurred_at (UTC)', (e) => e.occurredAt],
  ['操作人 actor', (e) => e.actorName],
  ['角色 role', (e) => e.actorRole],
  ['操作 action', (e) => e.action],
  ['对象类型 target_type', (e) => e.targetType],
  ['对象 target_id', (e) => e.targetId],
  ['详情 detail', (e) => e.detail],
  ['地址 address', (e) => e.address],
  ['请求编号 request_id', (e) => e.requestId],
  ['哈希 hash', (e) => e.hash],
];

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  // Quote every cell; neutralise spreadsheet formulas (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

@Controller('admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Endpoint(contract.listAudit)
  async list(@Validated('query') query: AuditQuery) {
    const { items, total } = await this.audit.page(query);
    return {
      items: items.map((entry) => ({
        seq: entry.seq,
        occurredAt: entry.occurredAt,
        actorId: entry.actorId,
        actorName: entry.actorName,
        actorRole: entry.actorRole,
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId,
        detail: entry.detail ? (JSON.parse(entry.detail) as Record<string, unknown>) : null,
        address: entry.address,
        requestId: entry.requestId,
        hash: entry.hash,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  @Get('export')
  @Endpoint(contract.exportAudit)
  async export(@CurrentActor() actor: Actor, @Validated('query') query: Omit<AuditQuery, 'page' | 'pageSize'>, @Res() response: Response) {
    await this.audit.recordExport(actor, query);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`);
    response.write(`\uFEFF${CSV_COLUMNS.map(([title]) => csvCell(title)).join(',')}\r\n`);
    for await (const batch of this.audit.matching(query)) {
      response.write(batch.map((entry) => `${CSV_COLUMNS.map(([, pick]) => csvCell(pick(entry))).join(',')}\r\n`).join(''));
    }
    response.end();
  }

  @Get('verify')
  @Endpoint(contract.verifyAudit)
  verify() {
    return this.audit.verify();
  }
}
