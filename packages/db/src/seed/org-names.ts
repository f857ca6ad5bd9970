import type { Division } from '@bangfu/domain';
import type { Rng } from './prng';

/** A Chinese name part and its pinyin, for `org_unit.name` and `name_en`. */
export type NamePart = readonly [zh: string, en: string];

/** Short forms used in union names: 遵义市 → 遵义, 黔东南苗族侗族自治州 → 黔东南州. */
const PREFECTURE_SHORT: Readonly<Record<string, NamePart>> = {
  '520100': ['贵阳市', 'Guiyang'],
  '520200': ['六盘水市', 'Liupanshui'],
  '520300': ['遵义市', 'Zunyi'],
  '520400': ['安顺市', 'Anshun'],
  '520500': ['毕节市', 'Bijie'],
  '520600': ['铜仁市', 'Tongren'],
  '522300': ['黔西南州', 'Qianxinan'],
  '522600': ['黔东南州', 'Qiandongnan'],
  '522700': ['黔南州', 'Qiannan'],
};

/** Parses `'中华:Zhonghua 人民:Renmin'` (single-word English parts only). */
function pairs(spec: string): NamePart[] {
  return spec
    .trim()
    .split(/\s+/)
    .map((entry): NamePart => {
      const [zh = '', en = ''] = entry.split(':');
      return [zh, en];
    });
}

export function prefectureShort(prefecture: Division): NamePart {
  return PREFECTURE_SHORT[prefecture.code] ?? [prefecture.name, prefecture.nameEn];
}

const COMMUNITIES: readonly NamePart[] = pairs(`
  中华:Zhonghua 人民:Renmin 解放:Jiefang 新华:Xinhua 和平:Heping 幸福:Xingfu 光明:Guangming 团结:Tuanjie
  建设:Jianshe 胜利:Shengli 东风:Dongfeng 红星:Hongxing 朝阳:Chaoyang 文化:Wenhua 民主:Minzhu 南门:Nanmen
  北门:Beimen 西关:Xiguan 东山:Dongshan 丁字口:Dingzikou 延安:Yan'an 友谊:Youyi 长征:Changzheng 花园:Huayuan
  桂花:Guihua 金桥:Jinqiao 沙坝:Shaba 龙井:Longjing 清水:Qingshui 凤凰:Fenghuang 滨江:Binjiang 河滨:Hebin
  新村:Xincun 富康:Fukang 育才:Yucai 和谐:Hexie 振华:Zhenhua 兴隆:Xinglong 龙泉:Longquan 白马:Baima
  老城:Laocheng 新城:Xincheng 青年:Qingnian 工农:Gongnong 翠屏:Cuiping 万福:Wanfu 碧云:Biyun 电厂:Dianchang
  钢城:Gangcheng 火车站:Huochezhan
`);

/** Communities named in the seed article, kept so the demo data can be matched against it. */
const ARTICLE_COMMUNITIES: Readonly<Record<string, NamePart>> = {
  '520303': ['添阳', 'Tianyang'], // 遵义市汇川区添阳社区 (seed article)
};

const BRANDS: readonly NamePart[] = pairs(`
  黔龙:Qianlong 黔丰:Qianfeng 乌江:Wujiang 赤水河:Chishuihe 娄山:Loushan 红岩:Hongyan 金元:Jinyuan
  盘江:Panjiang 兴黔:Xingqian 黔通:Qiantong 山王:Shanwang 云雾:Yunwu 梵净:Fanjing 苗岭:Miaoling 夜郎:Yelang
  凉都:Liangdu 黔源:Qianyuan 瑞丰:Ruifeng 宏达:Hongda 鑫源:Xinyuan 恒通:Hengtong 天诚:Tiancheng
  振兴:Zhenxing 北盘江:Beipanjiang 清江:Qingjiang
`);

const INDUSTRIES: readonly NamePart[] = [
  ['煤业', 'Coal'],
  ['电力', 'Power'],
  ['化工', 'Chemical'],
  ['建材', 'Building Materials'],
  ['机械制造', 'Machinery'],
  ['食品', 'Food'],
  ['纺织', 'Textile'],
  ['物流', 'Logistics'],
  ['建筑工程', 'Construction'],
  ['矿业', 'Mining'],
  ['水泥', 'Cement'],
  ['商贸', 'Trading'],
  ['物业管理', 'Property Management'],
  ['交通运输', 'Transport'],
];

/** Industries each prefecture is known for (coal in 六盘水 and 毕节, liquor in 遵义, phosphates in 黔南 …). */
const LOCAL_INDUSTRIES: Readonly<Record<string, readonly NamePart[]>> = {
  '520100': [
    ['电子', 'Electronics'],
    ['制药', 'Pharmaceutical'],
    ['铝业', 'Aluminium'],
  ],
  '520200': [
    ['煤业', 'Coal'],
    ['钢铁', 'Iron and Steel'],
  ],
  '520300': [
    ['酒业', 'Liquor'],
    ['茶业', 'Tea'],
  ],
  '520400': [['航空零部件', 'Aviation Parts']],
  '520500': [
    ['煤业', 'Coal'],
    ['电力', 'Power'],
  ],
  '520600': [['锰业', 'Manganese']],
  '522300': [
    ['煤业', 'Coal'],
    ['矿业', 'Mining'],
  ],
  '522600': [
    ['食品', 'Food'],
    ['木业', 'Timber'],
  ],
  '522700': [['磷化工', 'Phosphorus Chemical']],
};

/** `count` distinct community names for a county, the article's community first where there is one. */
export function communityNames(rng: Rng, countyCode: string, count: number): NamePart[] {
  const pool = [...COMMUNITIES];
  rng.shuffle(pool);
  const fixed = ARTICLE_COMMUNITIES[countyCode];
  const names = fixed ? [fixed, ...pool.filter((p) => p[0] !== fixed[0])] : pool;
  return names.slice(0, count);
}

/** An enterprise name without the 工会 suffix, e.g. ['贵州黔龙煤业有限公司', 'Guizhou Qianlong Coal Co., Ltd.']. */
export function enterpriseName(rng: Rng, prefecture: Division): NamePart {
  const local = LOCAL_INDUSTRIES[prefecture.code] ?? [];
  const industry = local.length > 0 && rng.chance(0.45) ? rng.pick(local) : rng.pick(INDUSTRIES);
  const brand = rng.pick(BRANDS);
  const [shortZh, shortEn] = prefectureShort(prefecture);
  const place: NamePart = rng.chance(0.5) ? ['贵州', 'Guizhou'] : [shortZh.replace(/[市州]$/, ''), shortEn];
  return [`${place[0]}${brand[0]}${industry[0]}有限公司`, `${place[1]} ${brand[1]} ${industry[1]} Co., Ltd.`];
}

/** 产业工会 directly under the provincial federation (省国防工会 appears in the seed article). */
export const INDUSTRY_UNIONS: readonly NamePart[] = [
  ['贵州省国防工会', 'Guizhou National Defence Industry Trade Union'],
  ['贵州省能源化学工会', 'Guizhou Energy and Chemical Workers Union'],
  ['贵州省教科文卫体工会', 'Guizhou Education, Science, Culture, Health and Sports Workers Union'],
  ['贵州省农林水利工会', 'Guizhou Agriculture, Forestry and Water Conservancy Workers Union'],
  ['贵州省建设建材工会', 'Guizhou Construction and Building Materials Workers Union'],
];
