import type { LocalizedText } from '@shifan/domain';

export const USERS_TEXTS = {
  title: { zh: '用户管理', en: 'Users' },
  intro: {
    zh: '平台的全部账户。工作人员账户（推荐单位审核员、市级审核员、评审专家、系统管理员）在此创建和维护；企业账户由企业自行注册和邀请，在此只能停用或启用。',
    en: 'Every account of the portal. Staff accounts (recommending-unit officers, city officers, experts, administrators) are created and kept here; enterprise accounts are registered and invited by their enterprise and can only be disabled or enabled here.',
  },
  create: { zh: '新建工作人员', en: 'New staff account' },
  createTitle: { zh: '新建工作人员账户', en: 'New staff account' },
  createSubmit: { zh: '创建账户', en: 'Create the account' },
  editTitle: { zh: '编辑账户', en: 'Edit the account' },
  edit: { zh: '编辑', en: 'Edit' },
  save: { zh: '保存', en: 'Save' },
  conflict: {
    zh: '该账户刚被其他人修改过，列表已重新加载，请核对最新信息后再操作。',
    en: 'Someone else has just changed this account; the list has been reloaded. Check the latest details and try again.',
  },
  roleFilter: { zh: '按角色筛选', en: 'Filter by role' },
  statusFilter: { zh: '按状态筛选', en: 'Filter by status' },
  searchPlaceholder: { zh: '按用户名或姓名搜索', en: 'Search by user name or name' },
  rolePlaceholder: { zh: '请选择角色', en: 'Choose a role' },
  districtPlaceholder: { zh: '请选择所属推荐单位', en: 'Choose a recommending unit' },
  districtHint: { zh: '推荐单位审核员只能审核选择本推荐单位的企业的申报（13个区和东湖高新区等功能区）', en: 'Recommending-unit officers check only the applications of enterprises that chose their unit (the 13 districts and the functional zones)' },
  initialPassword: { zh: '初始密码', en: 'Initial password' },
  initialPasswordHint: {
    zh: '请通过安全渠道告知本人，并提醒其登录后在“我的账户”中修改。',
    en: 'Pass it on through a safe channel and ask them to change it under My account after signing in.',
  },
  enterpriseManaged: { zh: '企业账户由企业自行管理', en: 'Managed by the enterprise' },
} as const satisfies Record<string, LocalizedText>;

export function createdText(name: string): LocalizedText {
  return { zh: `已创建 ${name} 的账户`, en: `${name}’s account is created` };
}

export function savedText(name: string): LocalizedText {
  return { zh: `已保存 ${name} 的账户`, en: `${name}’s account is saved` };
}

/** "手机号（选填）" / "Mobile (optional)". */
export function optional(label: LocalizedText): LocalizedText {
  return { zh: `${label.zh}（选填）`, en: `${label.en} (optional)` };
}
