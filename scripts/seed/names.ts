// Believable Chinese names: surnames weighted by how common they are, given names of one or two characters.
import type { Random } from './random';

const SURNAMES: [string, number][] = [
  ['王', 72], ['李', 70], ['张', 68], ['刘', 52], ['陈', 45], ['杨', 33], ['赵', 22], ['黄', 22], ['周', 19],
  ['吴', 19], ['徐', 15], ['孙', 15], ['胡', 13], ['朱', 13], ['高', 12], ['林', 12], ['何', 12], ['郭', 11],
  ['马', 11], ['罗', 9], ['梁', 9], ['宋', 8], ['郑', 8], ['谢', 7], ['韩', 7], ['唐', 7], ['冯', 7], ['于', 6],
  ['董', 6], ['萧', 5], ['程', 5], ['曹', 5], ['袁', 5], ['邓', 5], ['许', 5], ['傅', 4], ['沈', 4], ['曾', 4],
  ['彭', 4], ['吕', 4], ['苏', 4], ['卢', 4], ['蒋', 4], ['蔡', 4], ['贾', 4], ['丁', 3], ['魏', 3], ['薛', 3],
  ['阎', 3], ['武', 3], ['温', 3], ['乔', 3], ['霍', 2], ['郝', 3], ['闫', 3], ['常', 2], ['申', 2], ['裴', 2],
];
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文玉兰鹏飞辉斌宇浩凯丹晨欣怡佳琪雪梅淑珍海燕立新永利春生金凤秀云'.split('');

export function personName(rng: Random): string {
  const surname = rng.weighted(SURNAMES);
  const given = rng.chance(0.72) ? rng.pick(GIVEN) + rng.pick(GIVEN) : rng.pick(GIVEN);
  return surname + given;
}

export function mobilePhone(rng: Random): string {
  const prefix = rng.pick(['139', '138', '137', '136', '135', '158', '159', '150', '151', '186', '187', '188', '133', '153', '180', '189', '177', '199']);
  let rest = '';
  for (let i = 0; i < 8; i++) rest += String(rng.int(0, 9));
  return prefix + rest;
}

export const COMMUNITY_NAMES = ['桃园社区', '双塔社区', '文庙社区', '青年路社区'];
export const STREET_NAMES = ['桃园北路', '双塔寺街', '文庙巷', '青年路', '柳巷', '迎泽大街', '并州路', '五一路', '南宫街', '剪子巷', '起凤街', '朝阳街'];
export const ESTATE_NAMES = ['和平里', '新华苑', '春晖园', '汇丰小区', '阳光家园', '铁路宿舍', '机械厂宿舍', '文化苑', '建设里', '丽华苑', '永安里', '化工院'];
