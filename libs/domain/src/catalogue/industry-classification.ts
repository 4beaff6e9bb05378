import type { LocalizedText } from '../i18n/localized-text';

/**
 * GB/T 4754-2017 国民经济行业分类: the manufacturing divisions (门类 C, 大类 13–43) and the groups (中类) the plan's
 * sub-fields draw on. Names follow the standard; sources in ../shared/reference/domain-rules.md §5.
 */
export const INDUSTRY_STANDARD = 'GB/T 4754-2017';

export interface IndustryDivision {
  /** Two-digit 大类 code, e.g. `'39'`. */
  code: string;
  name: LocalizedText;
}

export const MANUFACTURING_DIVISIONS: readonly IndustryDivision[] = [
  { code: '13', name: { zh: '农副食品加工业', en: 'Processing of agricultural and sideline foods' } },
  { code: '14', name: { zh: '食品制造业', en: 'Food manufacturing' } },
  { code: '15', name: { zh: '酒、饮料和精制茶制造业', en: 'Liquor, beverages and refined tea' } },
  { code: '16', name: { zh: '烟草制品业', en: 'Tobacco products' } },
  { code: '17', name: { zh: '纺织业', en: 'Textiles' } },
  { code: '18', name: { zh: '纺织服装、服饰业', en: 'Textile garments and apparel' } },
  { code: '19', name: { zh: '皮革、毛皮、羽毛及其制品和制鞋业', en: 'Leather, fur, feather and related products; footwear' } },
  { code: '20', name: { zh: '木材加工和木、竹、藤、棕、草制品业', en: 'Wood processing; wood, bamboo, rattan, palm and straw products' } },
  { code: '21', name: { zh: '家具制造业', en: 'Furniture' } },
  { code: '22', name: { zh: '造纸和纸制品业', en: 'Paper and paper products' } },
  { code: '23', name: { zh: '印刷和记录媒介复制业', en: 'Printing and reproduction of recorded media' } },
  { code: '24', name: { zh: '文教、工美、体育和娱乐用品制造业', en: 'Articles for culture, education, arts and crafts, sport and entertainment' } },
  { code: '25', name: { zh: '石油、煤炭及其他燃料加工业', en: 'Petroleum, coal and other fuel processing' } },
  { code: '26', name: { zh: '化学原料和化学制品制造业', en: 'Chemical raw materials and chemical products' } },
  { code: '27', name: { zh: '医药制造业', en: 'Pharmaceuticals' } },
  { code: '28', name: { zh: '化学纤维制造业', en: 'Chemical fibres' } },
  { code: '29', name: { zh: '橡胶和塑料制品业', en: 'Rubber and plastic products' } },
  { code: '30', name: { zh: '非金属矿物制品业', en: 'Non-metallic mineral products' } },
  { code: '31', name: { zh: '黑色金属冶炼和压延加工业', en: 'Smelting and pressing of ferrous metals' } },
  { code: '32', name: { zh: '有色金属冶炼和压延加工业', en: 'Smelting and pressing of non-ferrous metals' } },
  { code: '33', name: { zh: '金属制品业', en: 'Metal products' } },
  { code: '34', name: { zh: '通用设备制造业', en: 'General-purpose machinery' } },
  { code: '35', name: { zh: '专用设备制造业', en: 'Special-purpose machinery' } },
  { code: '36', name: { zh: '汽车制造业', en: 'Motor vehicles' } },
  { code: '37', name: { zh: '铁路、船舶、航空航天和其他运输设备制造业', en: 'Railway, ships, aerospace and other transport equipment' } },
  { code: '38', name: { zh: '电气机械和器材制造业', en: 'Electrical machinery and equipment' } },
  { code: '39', name: { zh: '计算机、通信和其他电子设备制造业', en: 'Computers, communication and other electronic equipment' } },
  { code: '40', name: { zh: '仪器仪表制造业', en: 'Instruments and meters' } },
  { code: '41', name: { zh: '其他制造业', en: 'Other manufacturing' } },
  { code: '42', name: { zh: '废弃资源综合利用业', en: 'Comprehensive use of waste resources' } },
  { code: '43', name: { zh: '金属制品、机械和设备修理业', en: 'Repair of metal products, machinery and equipment' } },
];

export interface IndustryGroup {
  /** Three-digit 中类 code, e.g. `'397'`. Its first two digits are the division. */
  code: string;
  name: LocalizedText;
  /** Four-digit 小类 codes inside the group that the plan's wording points at, when narrower than the group. */
  classes?: readonly { code: string; name: LocalizedText }[];
}

/** The GB/T 4754-2017 groups referenced by the key-field catalogue (not the full standard). */
export const INDUSTRY_GROUPS: readonly IndustryGroup[] = [
  { code: '271', name: { zh: '化学药品原料药制造', en: 'Chemical APIs' } },
  { code: '272', name: { zh: '化学药品制剂制造', en: 'Chemical drug preparations' } },
  { code: '273', name: { zh: '中药饮片加工', en: 'Prepared slices of Chinese crude drugs' } },
  { code: '274', name: { zh: '中成药生产', en: 'Chinese patent medicines' } },
  { code: '276', name: { zh: '生物药品制品制造', en: 'Biological medicines', }, classes: [{ code: '2761', name: { zh: '生物药品制造', en: 'Biological medicines' } }, { code: '2762', name: { zh: '基因工程药物和疫苗制造', en: 'Genetically engineered drugs and vaccines' } }] },
  { code: '341', name: { zh: '锅炉及原动设备制造', en: 'Boilers and prime movers' } },
  { code: '342', name: { zh: '金属加工机械制造', en: 'Metalworking machinery' }, classes: [{ code: '3421', name: { zh: '金属切削机床制造', en: 'Metal-cutting machine tools' } }] },
  { code: '349', name: { zh: '其他通用设备制造', en: 'Other general-purpose equipment' }, classes: [{ code: '3491', name: { zh: '工业机器人制造', en: 'Industrial robots' } }, { code: '3493', name: { zh: '增材制造装备制造', en: 'Additive manufacturing equipment' } }] },
  { code: '356', name: { zh: '电子和电工机械专用设备制造', en: 'Special equipment for electronics and electrical machinery' }, classes: [{ code: '3562', name: { zh: '半导体器件专用设备制造', en: 'Semiconductor device equipment' } }] },
  { code: '358', name: { zh: '医疗仪器设备及器械制造', en: 'Medical instruments, equipment and devices' } },
  { code: '361', name: { zh: '汽车整车制造', en: 'Complete vehicles' }, classes: [{ code: '3612', name: { zh: '新能源车整车制造', en: 'New-energy vehicles' } }] },
  { code: '367', name: { zh: '汽车零部件及配件制造', en: 'Vehicle parts and accessories' } },
  { code: '371', name: { zh: '铁路运输设备制造', en: 'Railway transport equipment' } },
  { code: '372', name: { zh: '城市轨道交通设备制造', en: 'Urban rail transit equipment' } },
  { code: '373', name: { zh: '船舶及相关装置制造', en: 'Ships and related equipment' }, classes: [{ code: '3737', name: { zh: '海洋工程装备制造', en: 'Offshore engineering equipment' } }] },
  { code: '374', name: { zh: '航空、航天器及设备制造', en: 'Aircraft, spacecraft and related equipment' } },
  { code: '381', name: { zh: '电机制造', en: 'Electric motors and generators' } },
  { code: '382', name: { zh: '输配电及控制设备制造', en: 'Power transmission, distribution and control equipment' } },
  { code: '383', name: { zh: '电线、电缆、光缆及电工器材制造', en: 'Wires, cables, optical cables and electrical materials' }, classes: [{ code: '3832', name: { zh: '光纤制造', en: 'Optical fibre' } }, { code: '3833', name: { zh: '光缆制造', en: 'Optical cable' } }] },
  { code: '384', name: { zh: '电池制造', en: 'Batteries' } },
  { code: '385', name: { zh: '家用电力器具制造', en: 'Household electric appliances' } },
  { code: '391', name: { zh: '计算机制造', en: 'Computers' }, classes: [{ code: '3915', name: { zh: '信息安全设备制造', en: 'Information security equipment' } }] },
  { code: '392', name: { zh: '通信设备制造', en: 'Communication equipment' } },
  { code: '394', name: { zh: '雷达及配套设备制造', en: 'Radar and related equipment' } },
  { code: '396', name: { zh: '智能消费设备制造', en: 'Smart consumer devices' }, classes: [{ code: '3961', name: { zh: '可穿戴智能设备制造', en: 'Wearable smart devices' } }, { code: '3962', name: { zh: '智能车载设备制造', en: 'Smart in-vehicle devices' } }, { code: '3963', name: { zh: '智能无人飞行器制造', en: 'Smart unmanned aerial vehicles' } }] },
  { code: '397', name: { zh: '电子器件制造', en: 'Electronic devices' }, classes: [{ code: '3973', name: { zh: '集成电路制造', en: 'Integrated circuits' } }, { code: '3974', name: { zh: '显示器件制造', en: 'Display devices' } }, { code: '3976', name: { zh: '光电子器件制造', en: 'Optoelectronic devices' } }] },
  { code: '398', name: { zh: '电子元件及电子专用材料制造', en: 'Electronic components and special electronic materials' }, classes: [{ code: '3985', name: { zh: '电子专用材料制造', en: 'Special electronic materials' } }] },
  { code: '401', name: { zh: '通用仪器仪表制造', en: 'General-purpose instruments' }, classes: [{ code: '4011', name: { zh: '工业自动控制系统装置制造', en: 'Industrial automatic control systems' } }] },
  { code: '402', name: { zh: '专用仪器仪表制造', en: 'Special-purpose instruments' }, classes: [{ code: '4023', name: { zh: '导航、测绘、气象及海洋专用仪器制造', en: 'Navigation, surveying, meteorological and oceanographic instruments' } }] },
  { code: '404', name: { zh: '光学仪器制造', en: 'Optical instruments' } },
  { code: '434', name: { zh: '铁路、船舶、航空航天等运输设备修理', en: 'Repair of railway, ship, aerospace and other transport equipment' } },
];

export function findManufacturingDivision(code: string): IndustryDivision | undefined {
  return MANUFACTURING_DIVISIONS.find((division) => division.code === code);
}

export function findIndustryGroup(code: string): IndustryGroup | undefined {
  return INDUSTRY_GROUPS.find((group) => group.code === code);
}

/**
 * 工业 in Chinese statistics is 门类 B 采矿业 (divisions 06–12), C 制造业 (13–43) and D 电力、热力、燃气及水生产和供应业
 * (44–46) of GB/T 4754-2017. Takes a division, group or class code and looks at its first two digits.
 */
export function isIndustrialIndustryCode(code: string): boolean {
  if (!/^\d{2,4}$/.test(code)) return false;
  const division = Number(code.slice(0, 2));
  return division >= 6 && division <= 46;
}

/** True when the code (division, group or class) lies in 门类 C 制造业. */
export function isManufacturingIndustryCode(code: string): boolean {
  return /^\d{2,4}$/.test(code) && findManufacturingDivision(code.slice(0, 2)) !== undefined;
}
