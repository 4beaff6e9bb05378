import { UNITS, type FieldMeta, type FormSection } from './form-meta';

/** Sections and field labels of the enterprise profile (企业基本信息). */
export const ENTERPRISE_PROFILE_SECTIONS = [
  { id: 'identity', title: { zh: '企业身份', en: 'Identity' } },
  { id: 'location', title: { zh: '注册地', en: 'Registered location' } },
  { id: 'operations', title: { zh: '经营规模（上一年度）', en: 'Operations (previous year)' } },
  { id: 'compliance', title: { zh: '合规与信用', en: 'Compliance and credit' } },
  { id: 'contact', title: { zh: '联系人', en: 'Contact' } },
] as const satisfies readonly FormSection[];

export const ENTERPRISE_PROFILE_LABELS = {
  name: { section: 'identity', label: { zh: '企业名称', en: 'Enterprise name' } },
  uscc: {
    section: 'identity',
    label: { zh: '统一社会信用代码', en: 'Unified social credit code' },
    help: { zh: '18位，见营业执照', en: '18 characters, printed on the business licence' },
  },
  legalForm: { section: 'identity', label: { zh: '企业类型', en: 'Legal form' } },
  legalRepresentativeName: { section: 'identity', label: { zh: '法定代表人', en: 'Legal representative' } },
  legalRepresentativeId: {
    section: 'identity',
    label: { zh: '法定代表人身份证号', en: "Legal representative's resident ID" },
    help: { zh: '仅用于核对签字人身份；页面上只显示首尾几位', en: 'Used only to identify the signatory; shown masked on screen' },
  },
  establishedOn: { section: 'identity', label: { zh: '成立日期', en: 'Date of establishment' } },
  industryDivisionCode: {
    section: 'identity',
    label: { zh: '所属行业（国民经济行业大类）', en: 'Industry (GB/T 4754 division)' },
    help: { zh: '按 GB/T 4754-2017 填写两位大类代码，如 39', en: 'Two-digit GB/T 4754-2017 division, e.g. 39' },
  },
  registeredDistrictCode: { section: 'location', label: { zh: '注册所在区', en: 'District of registration' } },
  devZone: { section: 'location', label: { zh: '所属开发区', en: 'Development zone' } },
  recommendingUnitCode: {
    section: 'location',
    label: { zh: '推荐单位', en: 'Recommending unit' },
    help: {
      zh: '负责审核推荐本企业申报的区人民政府或功能区管委会；按开发区、注册所在区预选，可更改',
      en: 'The district government or zone committee that checks and recommends your applications; prefilled from your zone and district, changeable',
    },
  },
  registeredAddress: { section: 'location', label: { zh: '注册地址', en: 'Registered address' } },
  financialYear: { section: 'operations', label: { zh: '数据所属年度', en: 'Financial year of the figures' }, unit: UNITS.year },
  employees: { section: 'operations', label: { zh: '从业人员', en: 'Employees' }, unit: UNITS.persons },
  revenueWanYuan: {
    section: 'operations',
    label: { zh: '主营业务收入', en: 'Main business revenue' },
    unit: UNITS.wanYuan,
    help: { zh: '工业企业的营业收入按主营业务收入计', en: 'For industrial firms, revenue means main business revenue' },
  },
  outputValueWanYuan: { section: 'operations', label: { zh: '工业总产值', en: 'Gross industrial output' }, unit: UNITS.wanYuan },
  rdExpenseWanYuan: { section: 'operations', label: { zh: '研发费用', en: 'R&D expenditure' }, unit: UNITS.wanYuan },
  inventionPatents: { section: 'operations', label: { zh: '有效发明专利数', en: 'Invention patents in force' }, unit: UNITS.count },
  declaredAboveDesignatedSize: {
    section: 'operations',
    label: { zh: '是否规模以上工业企业', en: 'Above designated size (规上)' },
    help: { zh: '以统计部门名录库为准（主营业务收入2000万元及以上）', en: 'As listed by the statistics bureau (main business revenue ≥ 20 million yuan)' },
  },
  paysTaxInWuhan: { section: 'compliance', label: { zh: '是否在汉纳税', en: 'Pays tax in Wuhan' } },
  hasMajorAccidentRecord: {
    section: 'compliance',
    label: { zh: '近年是否发生重大安全、环保、质量事故', en: 'Any major safety, environmental or quality accident in recent years' },
  },
  lastMajorAccidentDate: { section: 'compliance', label: { zh: '最近一次重大事故日期', en: 'Date of the latest major accident' } },
  listedAsDishonest: {
    section: 'compliance',
    label: { zh: '是否被列入失信被执行人或严重失信主体名单', en: 'Listed as a dishonest judgement debtor or serious-dishonesty entity' },
  },
  contactName: { section: 'contact', label: { zh: '联系人姓名', en: 'Contact name' } },
  contactPhone: { section: 'contact', label: { zh: '联系电话', en: 'Contact phone' } },
  contactEmail: { section: 'contact', label: { zh: '电子邮箱', en: 'E-mail' } },
} as const satisfies Record<string, FieldMeta>;
