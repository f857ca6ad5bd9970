import type { Sex } from '@bangfu/domain';
import { type Rng, weightedSpec } from './prng';

/**
 * Common surnames weighted roughly by frequency, with the ones frequent in Guizhou raised
 * (杨, 罗, 龙, 韦, 石, 田, 潘, 蒙: Miao, Buyei and Dong families often carry them).
 */
const SURNAMES = weightedSpec(`
  王:70 李:68 张:60 刘:48 陈:45 杨:52 黄:24 赵:20 吴:30 周:20 徐:14 孙:12 马:11 朱:11 胡:14 郭:10 何:13 高:10 林:8
  罗:28 郑:8 梁:8 谢:10 宋:8 唐:10 许:6 韩:6 冯:7 邓:9 曹:6 彭:8 曾:7 肖:7 田:14 董:5 袁:7 潘:10 于:3 蒋:5 蔡:5 余:7
  杜:4 叶:4 程:4 苏:4 魏:4 吕:3 丁:3 任:5 沈:3 姚:3 卢:4 姜:3 崔:2 钟:4 谭:5 陆:4 汪:3 范:3 金:3 石:12 廖:5 贾:2 夏:3
  韦:10 付:4 方:3 白:3 邹:4 孟:2 熊:5 秦:3 邱:3 江:3 尹:3 薛:2 段:3 雷:4 侯:3 龙:12 史:2 陶:3 黎:3 贺:3 顾:2 毛:3 郝:2
  龚:3 邵:2 万:3 钱:2 严:2 覃:3 武:2 戴:2 莫:3 向:4 蒙:4 冉:3 穆:2 敖:2 申:2 岑:2 安:2 商:1 欧阳:1 诸葛:1
`);

/** Given-name characters; a two-character name draws two, a one-character name one. */
const MALE_CHARS = [
  ...'伟强军勇杰涛明超刚平辉鹏华飞斌波宇浩凯健俊帆林峰磊亮成志国建文海兵兴龙宏德荣贵福祥江山川松永胜忠光',
];
const FEMALE_CHARS = [
  ...'芳娜敏静丽艳娟霞燕玲萍红梅兰英秀琴云莲洁婷雪倩颖慧琳欣怡莹桂凤琼珍翠蓉妮丹璐佳瑶蕾晓玉春',
];
const SHARED_CHARS = [...'小晓子文佳俊雨思天金永安家宇嘉春秋'];

function givenChar(rng: Rng, sex: Sex): string {
  if (rng.chance(0.18)) return rng.pick(SHARED_CHARS);
  return rng.pick(sex === 'MALE' ? MALE_CHARS : FEMALE_CHARS);
}

export function pickSurname(rng: Rng): string {
  return SURNAMES.draw(rng);
}

/** A full Chinese name: surname plus one (about 15 %) or two given-name characters. */
export function personName(rng: Rng, sex: Sex, surname: string = pickSurname(rng)): string {
  const first = givenChar(rng, sex);
  if (rng.chance(0.15)) return surname + first;
  let second = givenChar(rng, sex);
  if (second === first && rng.chance(0.7)) second = givenChar(rng, sex);
  return surname + first + second;
}
