// Chinese names for people and places of the demo district, and mobile numbers.
// Surname weights follow national frequencies (per cent of the population, 2020 census order), nudged towards
// names that are common in Shanxi (郭 贾 武 郝 乔 阎 薛 段 霍 温 牛 申), so a Taiyuan register looks right.
import type { Random } from './random';

const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 7.1], ['李', 7.0], ['张', 6.7], ['刘', 5.4], ['陈', 3.6], ['杨', 3.3], ['赵', 2.6], ['郭', 2.0],
  ['黄', 1.6], ['周', 1.6], ['吴', 1.5], ['贾', 1.3], ['武', 1.3], ['孙', 1.3], ['高', 1.3], ['马', 1.2],
  ['胡', 1.1], ['朱', 1.0], ['梁', 1.0], ['韩', 1.0], ['郝', 0.9], ['徐', 0.9], ['田', 0.8], ['任', 0.8],
  ['乔', 0.7], ['阎', 0.7], ['薛', 0.7], ['段', 0.6], ['霍', 0.6], ['温', 0.6], ['牛', 0.5], ['申', 0.5],
  ['宋', 0.6], ['郑', 0.6], ['何', 0.6], ['冯', 0.6], ['董', 0.6], ['程', 0.5], ['曹', 0.5], ['苏', 0.5],
  ['范', 0.5], ['白', 0.5], ['史', 0.5], ['秦', 0.4], ['吕', 0.4], ['卢', 0.4], ['魏', 0.4], ['丁', 0.4],
  ['崔', 0.4], ['侯', 0.4], ['康', 0.4], ['常', 0.4], ['孟', 0.4], ['姚', 0.3], ['邓', 0.3], ['许', 0.3],
  ['袁', 0.3], ['彭', 0.3], ['曾', 0.2], ['谢', 0.3], ['罗', 0.3], ['唐', 0.3], ['于', 0.3], ['尹', 0.2],
  ['石', 0.3], ['姜', 0.2], ['樊', 0.2], ['柴', 0.2], ['裴', 0.2], ['雷', 0.2], ['安', 0.2], ['祁', 0.1],
];

/** Age cohort of a person: given names follow the fashions of their birth years. */
export type Cohort = 'old' | 'middle' | 'young';

const GIVEN: Record<Cohort, { male: readonly string[]; female: readonly string[] }> = {
  // Born before ~1960.
  old: {
    male: ['建国', '国强', '德明', '振华', '保国', '福生', '春生', '国庆', '文明', '长林', '玉林', '占奎', '宝山',
      '树森', '进才', '满仓', '二虎', '援朝', '永福', '富贵', '根旺', '拴柱', '忠', '斌', '海'],
    female: ['秀英', '桂英', '玉兰', '淑珍', '桂兰', '凤英', '秀兰', '玉珍', '翠花', '润莲', '美兰', '素琴',
      '爱莲', '桂芳', '兰英', '秀珍', '玉梅', '二妮', '金凤', '改娥', '芳'],
  },
  // Born ~1960–1985.
  middle: {
    male: ['伟', '军', '勇', '磊', '涛', '强', '斌', '鹏', '建军', '海军', '志刚', '晓东', '卫东', '建平',
      '小平', '文杰', '俊峰', '宏伟', '建华', '永红', '国栋', '晋生', '利军', '学文', '亮'],
    female: ['丽', '敏', '静', '芳', '红', '霞', '燕', '丽华', '海燕', '晓燕', '秀芳', '丽娟', '红梅', '晓红',
      '丽萍', '慧', '玲', '艳', '俊英', '晋芳', '彩霞', '卫红', '建英', '瑞芳'],
  },
  // Born after ~1985.
  young: {
    male: ['浩', '宇', '鑫', '子轩', '浩然', '一鸣', '宇航', '俊杰', '博文', '家豪', '晨阳', '志远', '天宇',
      '昊天', '思远', '泽宇', '凯', '锐', '晋', '超'],
    female: ['婷', '佳', '欣', '雨', '梓涵', '思雨', '欣怡', '佳琪', '雨萱', '诗涵', '梦瑶', '晓雪', '文静',
      '婉婷', '悦', '璐', '晶晶', '瑶'],
  },
};

export function surname(rng: Random): string {
  return rng.weighted(SURNAMES);
}

export function personName(rng: Random, cohort: Cohort = rng.weighted([['old', 3], ['middle', 5], ['young', 2]])): string {
  const pool = GIVEN[cohort];
  return surname(rng) + rng.pick(rng.chance(0.5) ? pool.male : pool.female);
}

// Mainland mobile prefixes in common use (China Mobile, Unicom, Telecom, and the newer 16x/17x/19x ranges).
const MOBILE_PREFIXES = [
  '134', '135', '136', '137', '138', '139', '150', '151', '152', '157', '158', '159', '182', '183', '187', '188',
  '130', '131', '132', '155', '156', '185', '186', '166', '133', '153', '180', '181', '189', '177', '199', '198',
] as const;

/** An 11-digit mobile number matching ^1[3-9][0-9]{9}$ (the check in the schema). */
export function mobilePhone(rng: Random): string {
  let rest = '';
  for (let i = 0; i < 8; i++) rest += String(rng.int(0, 9));
  return rng.pick(MOBILE_PREFIXES) + rest;
}

export interface CommunityName {
  name: string;
  /** Streets and lanes of the community, for 号院 micro grids, courtyards and addresses. */
  streets: readonly string[];
}

// Four communities of a sub-district in 迎泽区. The street names are real Taiyuan names of that part of town; the
// exact layout is invented.
export const COMMUNITIES: readonly CommunityName[] = [
  { name: '桃园社区', streets: ['桃园北路', '桃园南路', '桃园一巷', '桃园二巷', '桃园三巷', '桃园四巷', '新建南路'] },
  { name: '双塔社区', streets: ['双塔西街', '双塔北路', '双塔寺街', '郝庄正街', '朝阳街', '建设南路'] },
  { name: '文庙社区', streets: ['文庙巷', '上官巷', '天地坛街', '南华门东四条', '山右巷', '新民头条', '上马街'] },
  { name: '青年路社区', streets: ['青年路', '青年北路', '迎泽东街', '五一路', '柳巷南路', '桥头街'] },
];

// Residential estates (小区/苑/里) and work-unit compounds (单位家属院), drawn without replacement.
export const ESTATES: readonly string[] = [
  '金桃园小区', '桃园新村', '双塔苑', '塔韵园', '文庙小区', '华苑小区', '青年公寓', '迎泽花园', '朝阳小区',
  '建设里', '南华门小区', '五一家园', '柳溪苑', '山右小区', '和平里', '锦绣苑', '阳光家园', '幸福里', '新华苑',
  '康乐小区', '晋阳小区', '永安里', '安居苑', '丽华苑', '东升小区', '天地坛小区', '宏图苑', '怡和园', '春晖小区',
  '翠微苑', '泰和园', '鸿福里', '长风小区',
];

export const COMPOUNDS: readonly string[] = [
  '电力公司家属院', '省建一公司家属院', '铁路宿舍', '纺织厂家属院', '邮电局家属院', '第二中学家属院',
  '市政公司宿舍', '机床厂家属院', '供销社家属院', '省医院家属院', '税务局宿舍', '农科院家属院', '煤炭设计院宿舍',
  '地质队家属院', '太钢宿舍', '水利厅宿舍', '卫生局家属院', '粮食局家属院', '钢厂宿舍', '火柴厂家属院',
  '印刷厂家属院', '交通局宿舍', '二建公司家属院', '食品公司家属院', '电业局宿舍', '商业局家属院', '师专家属院',
  '邮政宿舍', '气象局家属院', '制药厂家属院', '棉麻公司宿舍', '百货大楼宿舍',
];

/** 第一网格 … 第十网格: grids are numbered within their community, the way they are posted on the 公示牌. */
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function chineseOrdinal(n: number): string {
  if (n >= 1 && n <= 10) return NUMERALS[n - 1]!;
  if (n > 10 && n < 20) return `十${NUMERALS[n - 11]!}`;
  throw new Error(`no numeral for ${n}`);
}
