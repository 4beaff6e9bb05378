import type { LocalizedText } from '../i18n/localized-text';

/**
 * Position 1 (登记管理部门) and position 2 (机构类别) of a USCC, from GB 32100-2015 附录 as summarised in
 * domain-rules.md §2 [SRC]; the types under 2–8 and A beyond those listed there are quoted from the standard from
 * memory [STATUTE]. Applicants to this portal are companies: `91`.
 */
export interface RegistrationDepartment {
  code: string;
  name: LocalizedText;
  types: readonly { code: string; name: LocalizedText }[];
}

const OTHER = { code: '9', name: { zh: '其他', en: 'Other' } };

export const USCC_REGISTRATION_DEPARTMENTS: readonly RegistrationDepartment[] = [
  {
    code: '1',
    name: { zh: '机构编制', en: 'Institutional establishment authorities' },
    types: [
      { code: '1', name: { zh: '机关', en: 'Government organ' } },
      { code: '2', name: { zh: '事业单位', en: 'Public institution' } },
      { code: '3', name: { zh: '中央编办直接管理机构编制的群众团体', en: 'Mass organisation' } },
      OTHER,
    ],
  },
  { code: '2', name: { zh: '外交', en: 'Foreign affairs' }, types: [{ code: '1', name: { zh: '外国常驻新闻机构', en: 'Resident foreign news agency' } }, OTHER] },
  {
    code: '3',
    name: { zh: '司法行政', en: 'Judicial administration' },
    types: [
      { code: '1', name: { zh: '律师执业机构', en: 'Law firm' } },
      { code: '2', name: { zh: '公证处', en: 'Notary office' } },
      { code: '3', name: { zh: '基层法律服务所', en: 'Grass-roots legal service office' } },
      { code: '4', name: { zh: '司法鉴定机构', en: 'Judicial appraisal institution' } },
      { code: '5', name: { zh: '仲裁委员会', en: 'Arbitration commission' } },
      OTHER,
    ],
  },
  { code: '4', name: { zh: '文化', en: 'Culture' }, types: [{ code: '1', name: { zh: '外国在华文化中心', en: 'Foreign cultural centre in China' } }, OTHER] },
  {
    code: '5',
    name: { zh: '民政', en: 'Civil affairs' },
    types: [
      { code: '1', name: { zh: '社会团体', en: 'Social organisation' } },
      { code: '2', name: { zh: '民办非企业单位', en: 'Private non-enterprise unit' } },
      { code: '3', name: { zh: '基金会', en: 'Foundation' } },
      OTHER,
    ],
  },
  {
    code: '6',
    name: { zh: '旅游', en: 'Tourism' },
    types: [
      { code: '1', name: { zh: '外国旅游部门常驻代表机构', en: 'Resident office of a foreign tourism authority' } },
      { code: '2', name: { zh: '港澳台地区旅游部门常驻内地（大陆）代表机构', en: 'Resident office of a Hong Kong, Macao or Taiwan tourism authority' } },
      OTHER,
    ],
  },
  {
    code: '7',
    name: { zh: '宗教', en: 'Religious affairs' },
    types: [
      { code: '1', name: { zh: '宗教活动场所', en: 'Place of religious activity' } },
      { code: '2', name: { zh: '宗教院校', en: 'Religious school' } },
      OTHER,
    ],
  },
  { code: '8', name: { zh: '工会', en: 'Trade unions' }, types: [{ code: '1', name: { zh: '基层工会', en: 'Grass-roots trade union' } }, OTHER] },
  {
    code: '9',
    name: { zh: '工商', en: 'Industry and commerce (market regulation)' },
    types: [
      { code: '1', name: { zh: '企业', en: 'Enterprise' } },
      { code: '2', name: { zh: '个体工商户', en: 'Individual business' } },
      { code: '3', name: { zh: '农民专业合作社', en: "Farmers' specialised cooperative" } },
    ],
  },
  { code: 'A', name: { zh: '中央军委改革和编制办公室', en: 'Central Military Commission establishment office' }, types: [{ code: '1', name: { zh: '军队事业单位', en: 'Military public institution' } }, OTHER] },
  {
    code: 'N',
    name: { zh: '农业', en: 'Agriculture' },
    types: [
      { code: '1', name: { zh: '组级集体经济组织', en: 'Group-level collective economic organisation' } },
      { code: '2', name: { zh: '村级集体经济组织', en: 'Village-level collective economic organisation' } },
      { code: '3', name: { zh: '乡镇级集体经济组织', en: 'Township-level collective economic organisation' } },
      OTHER,
    ],
  },
  { code: 'Y', name: { zh: '其他', en: 'Other' }, types: [{ code: '1', name: { zh: '其他', en: 'Other' } }] },
];

export function findRegistrationDepartment(code: string): RegistrationDepartment | undefined {
  return USCC_REGISTRATION_DEPARTMENTS.find((department) => department.code === code);
}

/** The 机构类别 of a 登记管理部门, or `undefined` when the pair is not in the GB 32100 tables. */
export function findRegistrationType(departmentCode: string, typeCode: string): { code: string; name: LocalizedText } | undefined {
  return findRegistrationDepartment(departmentCode)?.types.find((type) => type.code === typeCode);
}
