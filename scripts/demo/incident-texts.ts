// What incidents say: a short title naming the place (the way a grid worker types it on the phone: '3号楼门前
// 井盖松动'), a description that starts with how the report came in, and the notes staff write on the timeline.
// {b} is the unit grid's name ('3号楼2单元', '2排'), {m} the micro grid's ('金桃园小区').
import type { MicroKind } from './district';
import type { Random } from './random';
import type { CategoryCode, DepartmentCode, SourceCode } from './vocabulary';

export interface IncidentTemplate {
  title: string;
  detail: string;
  /** Who handles this particular problem, when it is not the category's usual mix. */
  departments?: readonly (readonly [DepartmentCode, number])[];
  /** Only for this kind of micro grid: stairwells and roofs are for apartment blocks, stoves for old rows. */
  kind?: MicroKind;
}

export const TEMPLATES: Record<CategoryCode, readonly IncidentTemplate[]> = {
  safety_hazard: [
    { title: '{b}门前井盖松动', detail: '井盖松动翘起，夜间行人容易踩空，已设置临时警示' },
    { title: '{b}楼道堆放杂物堵塞消防通道', detail: '楼道内堆放纸箱、旧家具，堵塞消防通道', departments: [['property', 3], ['community', 2]], kind: 'block' },
    { title: '{m}门垛开裂有倒塌风险', detail: '大门门垛出现明显裂缝并向外倾斜，存在倒塌风险', departments: [['urban_mgmt', 2], ['community', 2]] },
    { title: '{b}旁树枝断裂悬挂', detail: '大风后树枝断裂悬挂在电线上方，随时可能掉落', departments: [['urban_mgmt', 4], ['property', 1]] },
    { title: '{b}楼道电动车飞线充电', detail: '居民从楼上拉电线为电动车充电，存在火灾隐患', departments: [['community', 3], ['property', 2]], kind: 'block' },
    { title: '{b}外墙瓷砖脱落', detail: '外墙瓷砖成片松动，已有脱落，楼下为居民通道', kind: 'block' },
    { title: '{m}消防栓损坏', detail: '院内消防栓锈蚀漏水，阀门无法打开', departments: [['property', 3], ['water', 1]] },
  ],
  drain_blocked: [
    { title: '{b}下水道堵塞', detail: '主下水管道堵塞，一楼住户地漏返水' },
    { title: '{m}化粪池外溢', detail: '化粪池满溢，污水流到院内路面，气味很大', departments: [['property', 3], ['urban_mgmt', 2], ['environment', 1]] },
    { title: '{m}雨水篦子堵塞积水', detail: '雨水篦子被落叶和垃圾堵死，下雨后院内积水没过脚面', departments: [['urban_mgmt', 3], ['property', 2]] },
    { title: '{b}厨房下水返水', detail: '厨房公共下水管堵塞，低层住户洗菜池返水', kind: 'block' },
  ],
  water_pipe: [
    { title: '{b}供水管破裂漏水', detail: '楼前供水管破裂，水流到路面，部分住户水压不足' },
    { title: '{b}入户水管冻裂', detail: '入户水管冻裂漏水，门前地面结冰，行走危险' },
    { title: '{m}主管道爆管', detail: '院内供水主管道爆管，整个院子停水', departments: [['water', 1]] },
    { title: '{b}水表井漏水', detail: '水表井内管件漏水，井内积满了水' },
  ],
  heating: [
    { title: '{b}暖气不热', detail: '暖气片温度低，室内温度不到16度，家中有老人', kind: 'block' },
    { title: '{b}暖气管道漏水', detail: '楼道供暖立管接口漏水，已影响楼下住户', kind: 'block' },
    { title: '{b}室温不达标', detail: '多户反映供暖以来室温一直偏低', kind: 'block' },
    { title: '{b}暖气片跑水', detail: '住户家中暖气片放气阀损坏跑水，无法关闭', departments: [['heating', 3], ['property', 1]], kind: 'block' },
    { title: '{b}煤改电取暖设备不制热', detail: '平房住户煤改电取暖设备不制热，家中老人受冻', departments: [['community', 2], ['heating', 1]], kind: 'bungalow' },
  ],
  roof_leak: [
    { title: '{b}顶层房屋漏水', detail: '下雨后顶层住户天花板渗水，墙面发霉', kind: 'block' },
    { title: '{b}楼顶防水层破损', detail: '楼顶防水层老化开裂，多户顶层住户反映漏水', kind: 'block' },
    { title: '{b}外墙渗水', detail: '外墙裂缝渗水，住户卧室墙面潮湿起皮' },
    { title: '{b}平房屋顶漏雨', detail: '平房屋顶瓦片破损，下雨时屋内漏雨', departments: [['community', 3], ['property', 1]], kind: 'bungalow' },
    { title: '{b}楼道顶棚漏雨', detail: '楼道顶棚漏雨，雨天楼梯湿滑', kind: 'block' },
  ],
  dispute: [
    { title: '{b}邻里噪音纠纷', detail: '住户反映楼上夜间噪音大，多次沟通未果' },
    { title: '{b}楼上漏水引发邻里纠纷', detail: '楼上住户家中漏水殃及楼下，双方对维修费用有争议', kind: 'block' },
    { title: '{m}停车位纠纷', detail: '院内车位紧张，居民之间因占用车位发生争执', departments: [['community', 3], ['property', 2]] },
    { title: '{b}房屋租赁纠纷', detail: '租户与房东因押金退还问题发生纠纷', departments: [['community', 3], ['market', 1], ['police', 1]] },
    { title: '{m}物业费纠纷', detail: '部分居民对物业服务不满拒交物业费，双方矛盾激化', departments: [['community', 3], ['property', 2]] },
    { title: '{b}宠物扰民纠纷', detail: '住户饲养的犬只夜间吠叫，邻居多次投诉' },
  ],
  sanitation: [
    { title: '{m}垃圾清运不及时', detail: '垃圾桶已满溢，垃圾堆放在桶外两天无人清运', departments: [['environment', 3], ['urban_mgmt', 2]] },
    { title: '{b}楼道乱堆乱放', detail: '楼道内堆放杂物、废旧自行车，影响通行', departments: [['property', 3], ['community', 1]], kind: 'block' },
    { title: '{m}建筑垃圾乱倒', detail: '装修产生的建筑垃圾倾倒在院内空地', departments: [['urban_mgmt', 3], ['property', 1]] },
    { title: '{m}私搭乱建', detail: '有住户在院内空地搭建彩钢房', departments: [['urban_mgmt', 1]] },
    { title: '{m}门前占道经营', detail: '商贩在院门口摆摊占道经营，影响车辆和行人通行', departments: [['urban_mgmt', 1]] },
    { title: '{m}绿地杂物堆放', detail: '院内绿地被堆放杂物、种菜，影响环境', departments: [['property', 2], ['community', 1]] },
  ],
  public_order: [
    { title: '{m}夜间可疑人员逗留', detail: '近几天夜间有陌生人在院内徘徊' },
    { title: '{b}电动车被盗', detail: '住户停放在楼下的电动车被盗' },
    { title: '{m}群租房人员复杂', detail: '一套房内住了十多人，进出人员复杂' },
    { title: '{b}门禁损坏外人随意进出', detail: '单元门禁损坏多日，外来人员随意进出', departments: [['property', 3], ['police', 1]], kind: 'block' },
  ],
  other: [
    { title: '{m}路灯不亮', detail: '院内路灯损坏，夜间一片漆黑，居民出行不便', departments: [['urban_mgmt', 2], ['property', 2]] },
    { title: '{m}健身器材损坏', detail: '院内健身器材松动损坏，存在安全隐患', departments: [['community', 2], ['property', 1]] },
    { title: '{m}宣传栏破损', detail: '院内宣传栏玻璃破损，内容过期' },
    { title: '{m}无证经营小饭馆', detail: '居民楼底商无证经营饭馆，油烟扰民', departments: [['market', 3], ['environment', 1]] },
    { title: '{b}楼道声控灯不亮', detail: '楼道声控灯坏了多日，老人上下楼不方便', departments: [['property', 3], ['community', 1]], kind: 'block' },
  ],
};

const SOURCE_LEADS: Record<SourceCode, readonly string[]> = {
  patrol: ['网格员巡查发现：', '网格员日常巡查时发现：'],
  visit: ['居民来社区反映：', '居民到社区服务站反映：'],
  hotline: ['12345热线转办：居民来电反映，', '居民来电反映：'],
  wechat: ['居民通过微信随手拍上报：', '微信随手拍：'],
  council: ['居民议事会上提出：', '议事会居民代表反映：'],
};

export function fill(text: string, building: string, micro: string): string {
  return text.replaceAll('{b}', building).replaceAll('{m}', micro);
}

export function describe(rng: Random, source: SourceCode, address: string, detail: string): string {
  return `${rng.pick(SOURCE_LEADS[source])}${address}，${detail}，请尽快处理。`;
}

export const RESOLVE_NOTES: Record<CategoryCode, readonly string[]> = {
  safety_hazard: ['隐患已排除，现场复查无问题', '已更换加固，隐患消除', '已清理整改完毕'],
  drain_blocked: ['已疏通管道，排水恢复正常', '已组织清掏，恢复通畅'],
  water_pipe: ['已抢修更换管件，恢复供水', '已关阀维修完毕，供水正常'],
  heating: ['已排气调试，室温达标', '已维修更换阀门，供暖恢复', '已加装循环泵，室温测量合格'],
  roof_leak: ['已对楼顶做防水处理', '已维修渗漏点，雨后复查不再漏水'],
  dispute: ['经调解双方达成一致', '已组织双方协商，签订调解协议', '经社区调解，矛盾化解'],
  sanitation: ['已清理完毕', '已责令整改并清运', '已拆除并恢复原状'],
  public_order: ['已加强巡逻，情况已处置', '已登记核查并处置', '已报警处理，民警已到场'],
  other: ['已维修完毕', '已处理完毕', '已更换完成'],
};

export const DIRECT_NOTES = ['网格员现场协调处理完毕', '网格员立行立改，现场解决', '社区当场处理完毕'];
export const CLOSE_NOTES = ['已电话回访，居民满意', '已上门回访，居民表示满意', '回访居民，基本满意', '已向反映人反馈办理结果'];
export const REJECT_NOTES = ['重复上报，已并入原事项办理', '经核实情况不属实', '不属于社区受理范围，已告知居民向相关单位反映'];
export const RETURN_NOTES = ['非本单位职责，退回社区重新交办', '地址信息不全，退回补充'];
export const COORDINATE_NOTES = ['涉及多个产权单位，正在协调', '居民意见不一，召开议事会协调', '需多部门联合处置，协调中'];
