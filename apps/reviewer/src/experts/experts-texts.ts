import type { LocalizedText } from '@shifan/domain';

export const EXPERTS_TEXTS = {
  title: { zh: '专家库', en: 'Expert pool' },
  intro: {
    zh: '评审专家的专业领域、工作单位及其申明的关联关系。抽取专家组时，系统按专业领域随机抽取，并自动回避与申报单位存在工作单位、申明关联或近 3 年联合申报关系的专家。',
    en: 'The experts’ fields, employers and declared relations. A panel draw picks experts at random by field and automatically excludes anyone whose employer, declared relations or joint applications in the last 3 years tie them to an applicant.',
  },
  create: { zh: '新增专家', en: 'Add an expert' },
  createTitle: { zh: '新增专家', en: 'Add an expert' },
  editTitle: { zh: '编辑专家信息', en: 'Edit the expert' },
  edit: { zh: '编辑', en: 'Edit' },
  save: { zh: '保存', en: 'Save' },
  createSubmit: { zh: '添加到专家库', en: 'Add to the pool' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  exportHint: {
    zh: '按当前筛选条件导出全部专家（最多 1000 条；UTF-8，可用 Excel 打开）。',
    en: 'Exports every expert matching the filters (up to 1,000; UTF-8, opens in Excel).',
  },
  exportEmpty: { zh: '没有符合条件的专家可导出', en: 'No experts match the filters' },
  fieldFilter: { zh: '按专业领域筛选', en: 'Filter by field' },
  availableFilter: { zh: '按是否可抽取筛选', en: 'Filter by availability' },
  searchPlaceholder: { zh: '按姓名或工作单位搜索', en: 'Search by name or employer' },
  reset: { zh: '重置', en: 'Reset' },
  id: { zh: '编号', en: 'ID' },
  name: { zh: '姓名', en: 'Name' },
  employer: { zh: '工作单位', en: 'Employer' },
  employerUscc: { zh: '工作单位统一社会信用代码', en: 'Employer USCC' },
  employerUsccHint: {
    zh: '用于自动回避：专家不评审其所在单位的申报。',
    en: 'Used to exclude the expert automatically from their own employer’s applications.',
  },
  professionalTitle: { zh: '职称', en: 'Title' },
  titlePlaceholder: { zh: '如：教授级高级工程师', en: 'e.g. Professor-level senior engineer' },
  fields: { zh: '专业领域', en: 'Fields of expertise' },
  fieldsPlaceholder: { zh: '选择一个或多个细分领域', en: 'Choose one or more sub-fields' },
  mobile: { zh: '手机号', en: 'Mobile' },
  email: { zh: '电子邮箱', en: 'E-mail' },
  emailHint: { zh: '评审提醒发送到此邮箱。', en: 'Review reminders go to this address.' },
  contact: { zh: '联系方式', en: 'Contact' },
  available: { zh: '可抽取', en: 'Available' },
  availableHint: { zh: '关闭后该专家不参加新的抽取。', en: 'When off, the expert is left out of new draws.' },
  availableYes: { zh: '可抽取', en: 'Available' },
  availableNo: { zh: '暂停抽取', en: 'Unavailable' },
  account: { zh: '评审账户', en: 'Scoring account' },
  accountUserName: { zh: '评审账户用户名', en: 'Scoring account user name' },
  accountHint: {
    zh: '专家登录评分所用的“评审专家”角色账户（在用户管理中创建）；可暂不填写。',
    en: 'The expert-role account the expert signs in with to score (created under Users); may be left empty for now.',
  },
  noAccount: { zh: '未关联', en: 'None' },
  relations: { zh: '申明的关联关系', en: 'Declared relations' },
  relationsHint: {
    zh: '专家本人申明的、应当回避的单位。抽取时与这些单位相关的申报将自动回避该专家。',
    en: 'Organisations the expert declared they must not review; the draw excludes the expert from their applications.',
  },
  relationUscc: { zh: '关联单位统一社会信用代码', en: 'USCC of the organisation' },
  relationName: { zh: '关联单位名称', en: 'Organisation' },
  relationKind: { zh: '关联类型', en: 'Kind of relation' },
  relationKindPlaceholder: { zh: '选择关联类型', en: 'Choose the kind' },
  relationNote: { zh: '说明（选填）', en: 'Note (optional)' },
  addRelation: { zh: '添加关联关系', en: 'Add a relation' },
  coApplications: { zh: '联合申报记录', en: 'Joint applications' },
  coApplicationsHint: {
    zh: '专家（或其单位）与其他单位联合申报项目的记录。与申报单位在回避年限内（默认近 3 年）有联合申报的，抽取时自动回避。',
    en: 'Projects the expert (or their employer) applied for jointly with others. A joint application with the applicant within the look-back period (3 years by default) excludes the expert.',
  },
  partnerUscc: { zh: '合作单位统一社会信用代码', en: 'Partner USCC' },
  partnerName: { zh: '合作单位名称', en: 'Partner' },
  coApplicationDate: { zh: '申报日期', en: 'Date' },
  addCoApplication: { zh: '添加联合申报记录', en: 'Add a joint application' },
  remove: { zh: '删除', en: 'Remove' },
  none: { zh: '无', en: 'None' },
  relationCount: { zh: '关联/联合申报', en: 'Relations / joint' },
  conflict: {
    zh: '该专家信息刚被其他人修改过。请对比两个版本后选择保留哪一个。',
    en: 'Someone else has just changed this expert. Compare the two versions and choose which to keep.',
  },
  conflictMissing: {
    zh: '该专家信息已被他人修改，但未能读取最新版本。请关闭后刷新列表再试。',
    en: 'Someone else changed this expert, and the latest version could not be read. Close, reload the list and try again.',
  },
  formInvalid: { zh: '表单中有需要修改的内容，请按提示修改。', en: 'Some fields need attention.' },
} as const satisfies Record<string, LocalizedText>;

export function createdText(name: string): LocalizedText {
  return { zh: `已将 ${name} 添加到专家库`, en: `${name} has been added to the pool` };
}

export function savedText(name: string): LocalizedText {
  return { zh: `已保存 ${name} 的信息`, en: `${name}’s record is saved` };
}

export function relationRowText(index: number): LocalizedText {
  return { zh: `关联关系 ${index + 1}`, en: `Relation ${index + 1}` };
}

export function coApplicationRowText(index: number): LocalizedText {
  return { zh: `联合申报 ${index + 1}`, en: `Joint application ${index + 1}` };
}

export function exportProgressText(done: number, total: number): LocalizedText {
  return { zh: `正在导出：已取得 ${done} / ${total} 条`, en: `Exporting: ${done} of ${total} fetched` };
}

export function exportedText(count: number, truncated: boolean): LocalizedText {
  return truncated
    ? { zh: '已导出前 1000 条（共有更多，请缩小筛选范围）', en: 'Exported the first 1,000 (there are more; narrow the filters)' }
    : { zh: `已导出 ${count} 位专家`, en: `Exported ${count} experts` };
}
