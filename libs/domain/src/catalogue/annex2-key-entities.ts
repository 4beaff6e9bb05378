import type { DevZoneCode } from './districts';
import { planSource } from './plan-source';

/**
 * 附件2 重点领域重点企业、项目、区域一览表 of 武政〔2017〕26号, transcribed from ../shared/seed/wuhan-mc2025-plan-2017-26.txt.
 * Names are kept exactly as printed (including 附件2's own spelling of four sub-fields and the "等" endings in
 * `enterprisesText`). `devZones` and `districtCodes` are this project's reading of `zonesText`: 新洲阳逻 → 新洲区,
 * 青山武东 → 青山区.
 */
export interface Annex2Entry {
  /** The sub-field in KEY_FIELDS this row belongs to. */
  subFieldCode: string;
  keyFieldName: string;
  /** 细分方向 as printed in 附件2. */
  annexName: string;
  /** 重点企业, split on "、" with the trailing "等" removed. */
  enterprises: readonly string[];
  enterprisesText: string;
  /** 重点项目, one entry per comma-separated item. */
  projects: readonly string[];
  /** 重点区域, verbatim. */
  zonesText: string;
  devZones: readonly DevZoneCode[];
  districtCodes: readonly string[];
}

export const ANNEX2_SOURCE = planSource('附件2 重点领域重点企业、项目、区域一览表');

export const ANNEX2_KEY_ENTITIES: readonly Annex2Entry[] = [
  {
    subFieldCode: 'IT_OPTICAL',
    keyFieldName: '信息技术',
    annexName: '光通信',
    enterprises: ['烽火通信', '光迅科技', '长飞光纤', '华工正源', '藤仓烽火'],
    enterprisesText: '烽火通信、光迅科技、长飞光纤、华工正源、藤仓烽火等',
    projects: [
      '光迅科技宽带网络核心光电子芯片与器件产业化项目',
      '长飞用于下一代光通信网络的超低衰减光纤光缆自主产业化项目',
      '烽火通信 400G 骨干网光传输设备开发及产业化、光纤预制棒项目',
      '烽火网络自主可控高端核心路由器及数据交换设备研发项目',
      '烽火藤仓超低损耗大有效面积光纤的研发及产业化项目',
    ],
    zonesText: '武汉东湖新技术开发区',
    devZones: ['DHGX'],
    districtCodes: [],
  },
  {
    subFieldCode: 'IT_IC',
    keyFieldName: '信息技术',
    annexName: '集成电路',
    enterprises: ['武汉新芯', '高德红外', '九同方', '新思科技', '海思光电子'],
    enterprisesText: '武汉新芯、高德红外、九同方、新思科技、海思光电子等',
    projects: [
      '国家存储器基地项目',
      '瑞声科技武汉产业园项目',
      '武汉高德红外制冷型碲镉汞及 II 类超晶格红外探测器产业化、8 英寸 MEMS 红外传感器及其应用批产基地项目',
      '湖北九同方微电子创建自主的集成电路 EDA 工具体系项目',
      '武汉飞思灵微电子光通信核心芯片研发平台项目',
    ],
    zonesText: '武汉东湖新技术开发区',
    devZones: ['DHGX'],
    districtCodes: [],
  },
  {
    subFieldCode: 'IT_DISPLAY',
    keyFieldName: '信息技术',
    annexName: '新型显示与智能终端',
    enterprises: ['华星光电', '武汉天马', '尚塞光电', '精测电子', '华烁科技'],
    enterprisesText: '华星光电、武汉天马、尚塞光电、精测电子、华烁科技等',
    projects: [
      '华星光电第 6 代 LTPS(OXIDE)·LCD/AMOLED 显示面板生产线、第 4.5 代 LTPS(OXIDE) AMOLED 柔性显示面板研发线项目',
      '天马微电子 G6 显示面板生产线',
      '精测电子 OLED 柔性显示自动检测技术与系统开发项目',
      '奇宏光电触控模块、触控面板、摄像模块、转轴及散热模块等业务的研发和生产项目',
      '华烁科技柔性基板材料聚酰亚胺浆料工程化研究项目',
    ],
    zonesText: '武汉东湖新技术开发区',
    devZones: ['DHGX'],
    districtCodes: [],
  },
  {
    subFieldCode: 'IT_MOBILE',
    keyFieldName: '信息技术',
    annexName: '新一代移动通信与下一代互联网',
    enterprises: ['联想（武汉）', '武汉虹信', '烽火通信', '天喻信息', '武汉凡谷'],
    enterprisesText: '联想（武汉）、武汉虹信、烽火通信、天喻信息、武汉凡谷等',
    projects: [
      '联想集团摩托罗拉（武汉）产业园项目',
      '虹信通信5G无线接入网技术研究、关键器件及设备研发项目',
      '虹旭信息技术下一代互联网安全防护关键技术研制与产业化项目',
      '天喻信息可信移动智能终端安全方案及产业化项目',
      '虹信技术基于MR的LTE网络优化平台项目',
    ],
    zonesText: '武汉东湖新技术开发区，武汉临空港经济技术开发区',
    devZones: ['DHGX', 'LKG'],
    districtCodes: [],
  },
  {
    subFieldCode: 'IT_GEOSPATIAL',
    keyFieldName: '信息技术',
    annexName: '地球空间信息',
    enterprises: ['武大吉奥', '立得空间', '武大卓越', '光谷北斗', '梦芯科技', '光庭信息'],
    enterprisesText: '武大吉奥、立得空间、武大卓越、光谷北斗、梦芯科技、光庭信息等',
    projects: [
      '光谷北斗武汉市北斗桥梁安全远程监测系统的研制、应用及云平台管理项目',
      '汉宁科技、武汉大学高速铁路工务大数据管理与服务平台项目',
      '梦芯科技基带射频一体化芯片研发及产业化项目',
      '海达数云、武汉大学面向智能驾驶应用的国产三维激光关键技术开发与产业化项目',
      '武大吉奥高性能时空大数据感知、管理与挖掘关键技术及产品研制和应用项目',
      '众智鸿图基于物联网和北斗卫星导航系统市政管线精准定位关键技术研究及智能监控信息化综合平台项目',
    ],
    zonesText: '武汉东湖新技术开发区',
    devZones: ['DHGX'],
    districtCodes: [],
  },
  {
    subFieldCode: 'LIFE_PHARMA',
    keyFieldName: '生命健康',
    annexName: '生物医药与药代现代化',
    enterprises: ['人福医药', '远大医药', '健民集团', '马应龙', '翰宇药业'],
    enterprisesText: '人福医药、远大医药、健民集团、马应龙、翰宇药业等',
    projects: [
      '人福人用疫苗研发及生产基地',
      '喜康生物抗体药物研发及生产基地',
      '翰宇药业多肽药物生产基地',
      '禾元植物源重组人用白蛋白生产基地',
      '人福抗癌新药产业化基地',
    ],
    zonesText: '武汉东湖新技术开发区',
    devZones: ['DHGX'],
    districtCodes: [],
  },
  {
    subFieldCode: 'LIFE_DEVICES',
    keyFieldName: '生命健康',
    annexName: '高性能医疗器械与精准医疗服务',
    enterprises: ['塞力斯', '中旗电子', '德路拜尔', '安翰光电', '兰丁高科'],
    enterprisesText: '塞力斯、中旗电子、德路拜尔、安翰光电、兰丁高科等',
    projects: [
      '湖北省智慧医疗健康产业基地',
      '联影武汉总部基地',
      '康昕瑞基因测序仪生产基地与检测中心',
      '华大基因高通量测序实验室与CG测序仪生产基地',
      '友芝友肿瘤治疗性双靶向抗体药物产业化基地',
    ],
    zonesText: '武汉东湖新技术开发区',
    devZones: ['DHGX'],
    districtCodes: [],
  },
  {
    subFieldCode: 'EQUIP_SMART',
    keyFieldName: '高端装备',
    annexName: '智能装备',
    enterprises: ['武重集团', '华中数控', '奋进智能', '格力', '华工科技'],
    enterprisesText: '武重集团、华中数控、奋进智能、格力、华工科技等',
    projects: [
      '欧亚捷福工业机器人研发及展示中心项目',
      '格力智能装备产业园项目',
      '奋进智能机器人制造项目',
      '国瑞智能机器人和柔性智能化装备生产项目',
      '“中国3D打印应用中心”和“中国标准化3D打印云工厂”项目',
    ],
    zonesText: '武汉东湖新技术开发区、武汉经济技术开发区',
    devZones: ['DHGX', 'WHJK'],
    districtCodes: [],
  },
  {
    subFieldCode: 'EQUIP_AERO',
    keyFieldName: '高端装备',
    annexName: '商业航天与空制造',
    enterprises: ['凌云', '卓尔', '武汉航达航空', '易瓦特', '航天三江'],
    enterprisesText: '凌云、卓尔、武汉航达航空、易瓦特、航天三江等',
    projects: [
      '航天科工武汉产业基地项目',
      '航达航空异地扩建项目',
      '易瓦特无人机基地项目',
      '武汉卓尔通用航空产业项目',
      '中国特种飞行器研发中心项目',
    ],
    zonesText: '武汉临空港经济技术开发区',
    devZones: ['LKG'],
    districtCodes: [],
  },
  {
    subFieldCode: 'EQUIP_MARINE',
    keyFieldName: '高端装备',
    annexName: '高技术船舶与海洋装备',
    enterprises: ['武船', '青山船厂', '武汉船机', '中石化石油工程机械', '武汉重工铸锻'],
    enterprisesText: '武船、青山船厂、武汉船机、中石化石油工程机械、武汉重工铸锻等',
    projects: [
      '武船气化长江装备产业链研发项目',
      '武船大型LNG装备研发项目',
      '武汉船机船舶与海洋配套工程机械制造项目',
      '武汉船机经济型自升式生产平台应用示范项目',
      '武船机电加工、海工装备和豪华游艇制造项目（双柳二期）',
    ],
    zonesText: '整机、整船及重型配套设备重点布局新洲阳逻、青山武东区域，科技研发、船载电子等轻型装备主要布局武汉东湖新技术开发区',
    devZones: ['DHGX'],
    districtCodes: ['420117', '420107'],
  },
  {
    subFieldCode: 'EQUIP_RAIL',
    keyFieldName: '高端装备',
    annexName: '轨道交通装备',
    enterprises: ['中车长江', '武汉中车长客', '武汉中车株机', '武汉征原电气', '中船712所'],
    enterprisesText: '中车长江、武汉中车长客、武汉中车株机、武汉征原电气、中船712所等',
    projects: [
      '武汉中车长客二期',
      '武汉中车株机轨道二期',
      '中车长江多式联运系列装备项目',
      '中国铁路通信信号集团信号控制系统等',
    ],
    zonesText: '江夏区、黄陂区',
    devZones: [],
    districtCodes: ['420115', '420116'],
  },
  {
    subFieldCode: 'EQUIP_POWER',
    keyFieldName: '高端装备',
    annexName: '先进电力装备与智能电网',
    enterprises: ['武锅阿尔斯通', '长动', '武汉二电线', '西门子', '上海电气武汉阿尔斯通'],
    enterprisesText: '武锅阿尔斯通、长动、武汉二电线、西门子、上海电气武汉阿尔斯通等',
    projects: [
      '湖北航天电缆产业园',
      '瑞奇特缆二期',
      '武汉二电线易地新建项目',
      '武汉睿博电气智能电网设备项目',
      '湖北恒泰电线电缆超高压电缆制造项目',
    ],
    zonesText: '武汉东湖新技术开发区、武汉临空港经济技术开发区、新洲区、黄陂区',
    devZones: ['DHGX', 'LKG'],
    districtCodes: ['420117', '420116'],
  },
  {
    subFieldCode: 'AUTO_NEV',
    keyFieldName: '新能源汽车与智能网联汽车',
    annexName: '新能源汽车',
    enterprises: ['上汽通用武汉分公司', '东风汽车公司', '东风雷诺', '扬子江汽车集团', '武汉开沃', '比亚迪武汉公司'],
    enterprisesText: '上汽通用武汉分公司、东风汽车公司、东风雷诺、扬子江汽车集团、武汉开沃、比亚迪武汉公司等',
    projects: [
      '上汽通用、东风雷诺纯电动乘用车研发与制造项目',
      'PSA集团新能源汽车移动出行项目',
      '蔚来汽车智能化新能源汽车产业园',
      '武汉开沃新能源客车项目',
      '比亚迪新能源客车基地项目',
    ],
    zonesText: '武汉经济技术开发区',
    devZones: ['WHJK'],
    districtCodes: [],
  },
  {
    subFieldCode: 'AUTO_SMART',
    keyFieldName: '新能源汽车与智能网联汽车',
    annexName: '智能汽车',
    enterprises: ['东风汽车公司', '光庭科技', '武汉亿咖通科技有限公司', '高德红外', 'PSA集团东南亚总部'],
    enterprisesText: '东风汽车公司、光庭科技、武汉亿咖通科技有限公司、高德红外、PSA集团东南亚总部',
    projects: [
      '智能网联汽车测试场项目',
      '亿咖通智能汽车车载通讯设备产业化项目',
      '基于宽带移动互联网的智能汽车与智慧交通的应用示范项目',
      '基于东风风神 AX7 平台的无人驾驶汽车产业化项目',
    ],
    zonesText: '武汉经济技术开发区',
    devZones: ['WHJK'],
    districtCodes: [],
  },];

export function findAnnex2Entry(subFieldCode: string): Annex2Entry | undefined {
  return ANNEX2_KEY_ENTITIES.find((entry) => entry.subFieldCode === subFieldCode);
}
