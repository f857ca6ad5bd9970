/**
 * GB/T 2260 行政区划代码 (administrative division codes) for 贵州省 (Guizhou), transcribed from
 * domain-brief §10. Current codes are the Ministry of Civil Affairs county-level list as of end-2024;
 * retired codes are every Guizhou code withdrawn 1981–2021. Retired codes matter because an ID number
 * keeps the code of the county that issued it for life, so workers born before a merger or rename still
 * carry the old code.
 *
 * Functional zones (贵安新区, 百里杜鹃管理区, 金海湖新区) are deliberately absent: they have no GB/T 2260
 * code, and the codes some local lists invent for them (520528, 520529) must not be accepted as divisions.
 */

export interface DivisionRecord {
  readonly code: string;
  readonly name: string;
  /** Pinyin with the English unit type, as used in official English-language material. */
  readonly nameEn: string;
}

export interface PrefectureRecord extends DivisionRecord {
  readonly counties: readonly DivisionRecord[];
}

export interface RetiredDivisionRecord {
  readonly code: string;
  readonly name: string;
  /** First and last year the code was in use, as in the source (the change year itself is ambiguous). */
  readonly validFrom: number;
  readonly validTo: number;
  /**
   * Codes that took over the area, as listed in the source. A successor may itself be retired (e.g.
   * 522423 黔西县 → 520522 → 520581); a former 地区 (prefecture) has none because its counties moved one by one.
   */
  readonly successors: readonly string[];
}

export const GUIZHOU_PROVINCE: DivisionRecord = {
  code: '520000',
  name: '贵州省',
  nameEn: 'Guizhou Province',
};

/** 9 地级 (prefecture-level) units and their 88 县级 (county-level) units, in code order. */
export const GUIZHOU_PREFECTURES: readonly PrefectureRecord[] = [
  {
    code: '520100',
    name: '贵阳市',
    nameEn: 'Guiyang City',
    counties: [
      { code: '520102', name: '南明区', nameEn: 'Nanming District' },
      { code: '520103', name: '云岩区', nameEn: 'Yunyan District' },
      { code: '520111', name: '花溪区', nameEn: 'Huaxi District' },
      { code: '520112', name: '乌当区', nameEn: 'Wudang District' },
      { code: '520113', name: '白云区', nameEn: 'Baiyun District' },
      { code: '520115', name: '观山湖区', nameEn: 'Guanshanhu District' },
      { code: '520121', name: '开阳县', nameEn: 'Kaiyang County' },
      { code: '520122', name: '息烽县', nameEn: 'Xifeng County' },
      { code: '520123', name: '修文县', nameEn: 'Xiuwen County' },
      { code: '520181', name: '清镇市', nameEn: 'Qingzhen City' },
    ],
  },
  {
    code: '520200',
    name: '六盘水市',
    nameEn: 'Liupanshui City',
    counties: [
      { code: '520201', name: '钟山区', nameEn: 'Zhongshan District' },
      { code: '520203', name: '六枝特区', nameEn: 'Liuzhi Special District' },
      { code: '520204', name: '水城区', nameEn: 'Shuicheng District' },
      { code: '520281', name: '盘州市', nameEn: 'Panzhou City' },
    ],
  },
  {
    code: '520300',
    name: '遵义市',
    nameEn: 'Zunyi City',
    counties: [
      { code: '520302', name: '红花岗区', nameEn: 'Honghuagang District' },
      { code: '520303', name: '汇川区', nameEn: 'Huichuan District' },
      { code: '520304', name: '播州区', nameEn: 'Bozhou District' },
      { code: '520322', name: '桐梓县', nameEn: 'Tongzi County' },
      { code: '520323', name: '绥阳县', nameEn: 'Suiyang County' },
      { code: '520324', name: '正安县', nameEn: "Zheng'an County" },
      { code: '520325', name: '道真仡佬族苗族自治县', nameEn: 'Daozhen Gelao and Miao Autonomous County' },
      { code: '520326', name: '务川仡佬族苗族自治县', nameEn: 'Wuchuan Gelao and Miao Autonomous County' },
      { code: '520327', name: '凤冈县', nameEn: 'Fenggang County' },
      { code: '520328', name: '湄潭县', nameEn: 'Meitan County' },
      { code: '520329', name: '余庆县', nameEn: 'Yuqing County' },
      { code: '520330', name: '习水县', nameEn: 'Xishui County' },
      { code: '520381', name: '赤水市', nameEn: 'Chishui City' },
      { code: '520382', name: '仁怀市', nameEn: 'Renhuai City' },
    ],
  },
  {
    code: '520400',
    name: '安顺市',
    nameEn: 'Anshun City',
    counties: [
      { code: '520402', name: '西秀区', nameEn: 'Xixiu District' },
      { code: '520403', name: '平坝区', nameEn: 'Pingba District' },
      { code: '520422', name: '普定县', nameEn: 'Puding County' },
      { code: '520423', name: '镇宁布依族苗族自治县', nameEn: 'Zhenning Buyei and Miao Autonomous County' },
      { code: '520424', name: '关岭布依族苗族自治县', nameEn: 'Guanling Buyei and Miao Autonomous County' },
      { code: '520425', name: '紫云苗族布依族自治县', nameEn: 'Ziyun Miao and Buyei Autonomous County' },
    ],
  },
  {
    code: '520500',
    name: '毕节市',
    nameEn: 'Bijie City',
    counties: [
      { code: '520502', name: '七星关区', nameEn: 'Qixingguan District' },
      { code: '520521', name: '大方县', nameEn: 'Dafang County' },
      { code: '520523', name: '金沙县', nameEn: 'Jinsha County' },
      { code: '520524', name: '织金县', nameEn: 'Zhijin County' },
      { code: '520525', name: '纳雍县', nameEn: 'Nayong County' },
      {
        code: '520526',
        name: '威宁彝族回族苗族自治县',
        nameEn: 'Weining Yi, Hui and Miao Autonomous County',
      },
      { code: '520527', name: '赫章县', nameEn: 'Hezhang County' },
      { code: '520581', name: '黔西市', nameEn: 'Qianxi City' },
    ],
  },
  {
    code: '520600',
    name: '铜仁市',
    nameEn: 'Tongren City',
    counties: [
      { code: '520602', name: '碧江区', nameEn: 'Bijiang District' },
      { code: '520603', name: '万山区', nameEn: 'Wanshan District' },
      { code: '520621', name: '江口县', nameEn: 'Jiangkou County' },
      { code: '520622', name: '玉屏侗族自治县', nameEn: 'Yuping Dong Autonomous County' },
      { code: '520623', name: '石阡县', nameEn: 'Shiqian County' },
      { code: '520624', name: '思南县', nameEn: 'Sinan County' },
      { code: '520625', name: '印江土家族苗族自治县', nameEn: 'Yinjiang Tujia and Miao Autonomous County' },
      { code: '520626', name: '德江县', nameEn: 'Dejiang County' },
      { code: '520627', name: '沿河土家族自治县', nameEn: 'Yanhe Tujia Autonomous County' },
      { code: '520628', name: '松桃苗族自治县', nameEn: 'Songtao Miao Autonomous County' },
    ],
  },
  {
    code: '522300',
    name: '黔西南布依族苗族自治州',
    nameEn: 'Qianxinan Buyei and Miao Autonomous Prefecture',
    counties: [
      { code: '522301', name: '兴义市', nameEn: 'Xingyi City' },
      { code: '522302', name: '兴仁市', nameEn: 'Xingren City' },
      { code: '522323', name: '普安县', nameEn: "Pu'an County" },
      { code: '522324', name: '晴隆县', nameEn: 'Qinglong County' },
      { code: '522325', name: '贞丰县', nameEn: 'Zhenfeng County' },
      { code: '522326', name: '望谟县', nameEn: 'Wangmo County' },
      { code: '522327', name: '册亨县', nameEn: 'Ceheng County' },
      { code: '522328', name: '安龙县', nameEn: 'Anlong County' },
    ],
  },
  {
    code: '522600',
    name: '黔东南苗族侗族自治州',
    nameEn: 'Qiandongnan Miao and Dong Autonomous Prefecture',
    counties: [
      { code: '522601', name: '凯里市', nameEn: 'Kaili City' },
      { code: '522622', name: '黄平县', nameEn: 'Huangping County' },
      { code: '522623', name: '施秉县', nameEn: 'Shibing County' },
      { code: '522624', name: '三穗县', nameEn: 'Sansui County' },
      { code: '522625', name: '镇远县', nameEn: 'Zhenyuan County' },
      { code: '522626', name: '岑巩县', nameEn: 'Cengong County' },
      { code: '522627', name: '天柱县', nameEn: 'Tianzhu County' },
      { code: '522628', name: '锦屏县', nameEn: 'Jinping County' },
      { code: '522629', name: '剑河县', nameEn: 'Jianhe County' },
      { code: '522630', name: '台江县', nameEn: 'Taijiang County' },
      { code: '522631', name: '黎平县', nameEn: 'Liping County' },
      { code: '522632', name: '榕江县', nameEn: 'Rongjiang County' },
      { code: '522633', name: '从江县', nameEn: 'Congjiang County' },
      { code: '522634', name: '雷山县', nameEn: 'Leishan County' },
      { code: '522635', name: '麻江县', nameEn: 'Majiang County' },
      { code: '522636', name: '丹寨县', nameEn: 'Danzhai County' },
    ],
  },
  {
    code: '522700',
    name: '黔南布依族苗族自治州',
    nameEn: 'Qiannan Buyei and Miao Autonomous Prefecture',
    counties: [
      { code: '522701', name: '都匀市', nameEn: 'Duyun City' },
      { code: '522702', name: '福泉市', nameEn: 'Fuquan City' },
      { code: '522722', name: '荔波县', nameEn: 'Libo County' },
      { code: '522723', name: '贵定县', nameEn: 'Guiding County' },
      { code: '522725', name: '瓮安县', nameEn: "Weng'an County" },
      { code: '522726', name: '独山县', nameEn: 'Dushan County' },
      { code: '522727', name: '平塘县', nameEn: 'Pingtang County' },
      { code: '522728', name: '罗甸县', nameEn: 'Luodian County' },
      { code: '522729', name: '长顺县', nameEn: 'Changshun County' },
      { code: '522730', name: '龙里县', nameEn: 'Longli County' },
      { code: '522731', name: '惠水县', nameEn: 'Huishui County' },
      { code: '522732', name: '三都水族自治县', nameEn: 'Sandu Shui Autonomous County' },
    ],
  },
];

/** The 63 retired Guizhou codes, in code order. */
export const GUIZHOU_RETIRED_DIVISIONS: readonly RetiredDivisionRecord[] = [
  { code: '520114', name: '小河区', validFrom: 2000, validTo: 2012, successors: ['520111'] },
  { code: '520202', name: '盘县特区', validFrom: 1981, validTo: 1999, successors: ['520222'] },
  { code: '520221', name: '水城县', validFrom: 1987, validTo: 2020, successors: ['520201', '520204'] },
  { code: '520222', name: '盘县', validFrom: 1999, validTo: 2017, successors: ['520281'] },
  // The source lists 520303 twice: part of 遵义县 went to 汇川区 in 2003, the rest to 播州区 in 2016.
  {
    code: '520321',
    name: '遵义县',
    validFrom: 1997,
    validTo: 2016,
    successors: ['520303', '520302', '520304'],
  },
  { code: '520421', name: '平坝县', validFrom: 2000, validTo: 2014, successors: ['520403'] },
  { code: '520522', name: '黔西县', validFrom: 2011, validTo: 2021, successors: ['520581'] },
  { code: '522100', name: '遵义地区', validFrom: 1981, validTo: 1997, successors: [] },
  { code: '522101', name: '遵义市', validFrom: 1981, validTo: 1997, successors: ['520302'] },
  { code: '522102', name: '赤水市', validFrom: 1990, validTo: 1997, successors: ['520381'] },
  { code: '522103', name: '仁怀市', validFrom: 1995, validTo: 1997, successors: ['520382'] },
  { code: '522121', name: '遵义县', validFrom: 1981, validTo: 1997, successors: ['520321'] },
  { code: '522122', name: '桐梓县', validFrom: 1981, validTo: 1997, successors: ['520322'] },
  { code: '522123', name: '绥阳县', validFrom: 1981, validTo: 1997, successors: ['520323'] },
  { code: '522124', name: '正安县', validFrom: 1981, validTo: 1997, successors: ['520324'] },
  { code: '522125', name: '道真仡佬族苗族自治县', validFrom: 1986, validTo: 1997, successors: ['520325'] },
  { code: '522126', name: '务川仡佬族苗族自治县', validFrom: 1986, validTo: 1997, successors: ['520326'] },
  { code: '522127', name: '凤冈县', validFrom: 1981, validTo: 1997, successors: ['520327'] },
  { code: '522128', name: '湄潭县', validFrom: 1981, validTo: 1997, successors: ['520328'] },
  { code: '522129', name: '余庆县', validFrom: 1981, validTo: 1997, successors: ['520329'] },
  { code: '522130', name: '仁怀县', validFrom: 1981, validTo: 1995, successors: ['522103'] },
  { code: '522131', name: '赤水县', validFrom: 1981, validTo: 1990, successors: ['522102'] },
  { code: '522132', name: '习水县', validFrom: 1981, validTo: 1997, successors: ['520330'] },
  { code: '522200', name: '铜仁地区', validFrom: 1981, validTo: 2011, successors: [] },
  { code: '522201', name: '铜仁市', validFrom: 1987, validTo: 2011, successors: ['520602', '520603'] },
  { code: '522221', name: '铜仁县', validFrom: 1981, validTo: 1987, successors: ['522201'] },
  { code: '522222', name: '江口县', validFrom: 1981, validTo: 2011, successors: ['520621'] },
  { code: '522223', name: '玉屏侗族自治县', validFrom: 1983, validTo: 2011, successors: ['520622'] },
  { code: '522224', name: '石阡县', validFrom: 1981, validTo: 2011, successors: ['520623'] },
  { code: '522225', name: '思南县', validFrom: 1981, validTo: 2011, successors: ['520624'] },
  { code: '522226', name: '印江土家族苗族自治县', validFrom: 1986, validTo: 2011, successors: ['520625'] },
  { code: '522227', name: '德江县', validFrom: 1981, validTo: 2011, successors: ['520626'] },
  { code: '522228', name: '沿河土家族自治县', validFrom: 1986, validTo: 2011, successors: ['520627'] },
  { code: '522229', name: '松桃苗族自治县', validFrom: 1981, validTo: 2011, successors: ['520628'] },
  { code: '522230', name: '万山特区', validFrom: 1981, validTo: 2011, successors: ['520603'] },
  { code: '522321', name: '兴义县', validFrom: 1981, validTo: 1987, successors: ['522301'] },
  { code: '522322', name: '兴仁县', validFrom: 1981, validTo: 2018, successors: ['522302'] },
  { code: '522400', name: '毕节地区', validFrom: 1981, validTo: 2011, successors: [] },
  { code: '522401', name: '毕节市', validFrom: 1993, validTo: 2011, successors: ['520502'] },
  { code: '522421', name: '毕节县', validFrom: 1981, validTo: 1993, successors: ['522401'] },
  { code: '522422', name: '大方县', validFrom: 1981, validTo: 2011, successors: ['520521'] },
  { code: '522423', name: '黔西县', validFrom: 1981, validTo: 2011, successors: ['520522'] },
  { code: '522424', name: '金沙县', validFrom: 1981, validTo: 2011, successors: ['520523'] },
  { code: '522425', name: '织金县', validFrom: 1981, validTo: 2011, successors: ['520524'] },
  { code: '522426', name: '纳雍县', validFrom: 1981, validTo: 2011, successors: ['520525'] },
  { code: '522427', name: '威宁彝族回族苗族自治县', validFrom: 1981, validTo: 2011, successors: ['520526'] },
  { code: '522428', name: '赫章县', validFrom: 1981, validTo: 2011, successors: ['520527'] },
  { code: '522500', name: '安顺地区', validFrom: 1981, validTo: 2000, successors: [] },
  { code: '522501', name: '安顺市', validFrom: 1981, validTo: 2000, successors: ['520402'] },
  { code: '522502', name: '清镇市', validFrom: 1992, validTo: 1995, successors: ['520181'] },
  { code: '522521', name: '安顺县', validFrom: 1981, validTo: 1990, successors: ['522501'] },
  { code: '522522', name: '开阳县', validFrom: 1981, validTo: 1995, successors: ['520121'] },
  { code: '522523', name: '息烽县', validFrom: 1981, validTo: 1995, successors: ['520122'] },
  { code: '522524', name: '修文县', validFrom: 1981, validTo: 1995, successors: ['520123'] },
  { code: '522525', name: '清镇县', validFrom: 1981, validTo: 1992, successors: ['522502'] },
  { code: '522526', name: '平坝县', validFrom: 1981, validTo: 2000, successors: ['520421'] },
  { code: '522527', name: '普定县', validFrom: 1981, validTo: 2000, successors: ['520422'] },
  { code: '522528', name: '关岭布依族苗族自治县', validFrom: 1981, validTo: 2000, successors: ['520424'] },
  { code: '522529', name: '镇宁布依族苗族自治县', validFrom: 1981, validTo: 2000, successors: ['520423'] },
  { code: '522530', name: '紫云苗族布依族自治县', validFrom: 1981, validTo: 2000, successors: ['520425'] },
  { code: '522621', name: '凯里县', validFrom: 1981, validTo: 1983, successors: ['522601'] },
  { code: '522721', name: '都匀县', validFrom: 1981, validTo: 1983, successors: ['522701'] },
  { code: '522724', name: '福泉县', validFrom: 1981, validTo: 1996, successors: ['522702'] },
];
