import type { AuditVerification, LocalizedText } from '@shifan/domain';

export const AUDIT_TEXTS = {
  title: { zh: '审计日志', en: 'Audit trail' },
  intro: {
    zh: '登录、登录失败、账户锁定、账户与角色变更、导出等操作均记入审计日志。日志只能追加，不能修改或删除；每条记录含前一条记录的 SHA-256 哈希，构成哈希链，任何篡改都能被校验发现。',
    en: 'Sign-ins, failed sign-ins, lockouts, account and role changes, exports and more are written to the audit trail. It can only be appended to, never edited or deleted; each record carries the SHA-256 of the one before it, so a hash-chain check finds any tampering.',
  },
  action: { zh: '操作类型', en: 'Action' },
  actionPlaceholder: { zh: '操作类型（前缀匹配）', en: 'Action (prefix)' },
  actor: { zh: '操作人', en: 'Actor' },
  actorPlaceholder: { zh: '操作人用户名', en: 'Actor’s user name' },
  dateRange: { zh: '日期范围（UTC）', en: 'Dates (UTC)' },
  startDate: { zh: '开始日期', en: 'From' },
  endDate: { zh: '结束日期', en: 'To' },
  search: { zh: '查询', en: 'Search' },
  reset: { zh: '重置', en: 'Reset' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  exportHint: {
    zh: '按当前筛选条件导出全部记录（UTF-8，可用 Excel 打开）；导出操作本身也会记入日志。',
    en: 'Exports every record matching the filters (UTF-8, opens in Excel); the export itself is logged too.',
  },
  verify: { zh: '校验哈希链', en: 'Verify chain' },
  seq: { zh: '序号', en: '#' },
  time: { zh: '时间', en: 'Time' },
  role: { zh: '角色', en: 'Role' },
  target: { zh: '对象', en: 'Target' },
  address: { zh: '地址', en: 'Address' },
  detail: { zh: '详情', en: 'Details' },
  requestId: { zh: '请求编号', en: 'Request ID' },
  hash: { zh: '记录哈希', en: 'Record hash' },
  system: { zh: '系统 / 匿名', en: 'System / anonymous' },
  noDetail: { zh: '无', en: 'None' },
} as const satisfies Record<string, LocalizedText>;

const BREAK_REASONS: Readonly<Record<string, LocalizedText>> = {
  gap: { zh: '记录缺失（序号不连续）', en: 'a record is missing (the sequence has a gap)' },
  'previous-hash': { zh: '与前一条记录的哈希不衔接', en: 'it does not link to the previous record’s hash' },
  'content-hash': { zh: '记录内容已被改动', en: 'its content has been altered' },
  'checkpoint-mismatch': { zh: '与对象存储中签名检查点记载的哈希不符', en: 'its hash differs from the one a signed checkpoint in object storage names' },
  'checkpoint-missing': {
    zh: '签名检查点记载的记录已不在表中（末尾记录被删除、链头被回退）',
    en: 'a signed checkpoint names a record the table no longer has (the last records were deleted and the head moved back)',
  },
};

/** The answer of `GET /api/admin/audit/verify` as a sentence. */
export function verificationText(result: AuditVerification): LocalizedText {
  if (result.ok) {
    const anchors = result.checkpoints ? { zh: `，${result.checkpoints} 个签名检查点一致`, en: `, ${result.checkpoints} signed checkpoints hold` } : { zh: '', en: '' };
    return { zh: `哈希链完整：已校验 ${result.checked} 条记录${anchors.zh}，未发现篡改。`, en: `The chain is intact: ${result.checked} records checked${anchors.en}, no tampering found.` };
  }
  if (result.reason === 'checkpoint-signature') {
    return {
      zh: `检查点 ${result.checkpoint ?? ''} 的签名无效（被伪造、改动或用其他密钥签名）。`,
      en: `Checkpoint ${result.checkpoint ?? ''} has an invalid signature (forged, altered or signed with another key).`,
    };
  }
  const reason = (result.reason && BREAK_REASONS[result.reason]) || { zh: result.reason ?? '未知原因', en: result.reason ?? 'unknown reason' };
  return {
    zh: `哈希链在第 ${result.brokenAt} 条记录处断开：${reason.zh}。此前 ${result.checked} 条记录完整。`,
    en: `The chain is broken at record ${result.brokenAt}: ${reason.en}. The ${result.checked} records before it are intact.`,
  };
}
