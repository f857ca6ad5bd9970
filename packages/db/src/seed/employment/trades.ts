import { PositionCategory, Suitability, WorkHours } from '@bangfu/domain';

/** A kind of job a trade hires for; salaries in yuan a month (the planner turns them into fen). */
export interface JobTemplate {
  readonly title: string;
  readonly category: PositionCategory;
  readonly yuan: readonly [min: number, max: number];
  readonly hours: readonly WorkHours[];
  readonly skills: readonly string[];
  readonly suitability: readonly Suitability[];
  readonly requirements: string;
}

/** A trade: how its employers are named, and the jobs they post. */
export interface Trade {
  readonly industry: string;
  /** Name ending, e.g. 家政服务有限公司 → 贵州惠民家政服务有限公司. */
  readonly suffix: string;
  /** What the name starts with: 贵州, the prefecture (遵义) or the county (红花岗). */
  readonly place: 'province' | 'prefecture' | 'county';
  readonly jobs: readonly JobTemplate[];
}

// industry|name suffix|place, then its jobs indented:
//   title|category|yuan min-max|hours|skills|suitability|requirements (lists space-separated, '-' for none)
const SPEC = `
家政服务|家政服务有限公司|province
  家政服务员|HOUSEKEEPING|2800-4500|SCHOOL_HOURS FULL_TIME|家政 保洁|CARE_DUTIES OLDER_WORKERS TRAINING_PROVIDED|55岁以下,身体健康,持家政服务员证者优先
  育婴员|HOUSEKEEPING|3500-6000|FULL_TIME|育婴|TRAINING_PROVIDED|持育婴员证,有照护婴幼儿经验
  钟点工|HOUSEKEEPING|2200-3000|PART_TIME|保洁|CARE_DUTIES NO_HEAVY_LABOUR OLDER_WORKERS|时间灵活,就近安排
餐饮|餐饮管理有限公司|prefecture
  厨师|CATERING|3500-5500|SHIFTS|中式烹调|-|持中式烹调师证,能做黔菜
  帮厨|CATERING|2600-3200|FULL_TIME|切配|TRAINING_PROVIDED|吃苦耐劳,包吃住
  面点师|CATERING|3000-4500|SHIFTS|面点|TRAINING_PROVIDED|会做包子、馒头等面点
  餐厅服务员|CATERING|2400-3000|SHIFTS|-|NO_HEAVY_LABOUR TRAINING_PROVIDED|普通话流利,服务意识好
汽车维修|汽车维修厂|prefecture
  汽车维修工|AUTO_REPAIR|3500-6000|FULL_TIME|汽车维修 机电|-|持汽车维修工证,2年以上经验
  钣金喷漆工|AUTO_REPAIR|4000-6000|FULL_TIME|钣金 喷漆|-|熟练钣金、喷漆工艺
  洗车美容工|AUTO_REPAIR|2400-3200|SHIFTS|洗车|TRAINING_PROVIDED|无经验可培训
  维修学徒|AUTO_REPAIR|2200-2800|FULL_TIME|-|TRAINING_PROVIDED|师徒带徒,学成可转正式技工
电子制造|电子科技有限公司|province
  电子装配工|ELECTRONICS_MACHINERY|3000-4200|SHIFTS|电子装配|NO_HEAVY_LABOUR DISABILITY_FRIENDLY TRAINING_PROVIDED|视力良好,坐班作业
  设备维修电工|ELECTRONICS_MACHINERY|4000-6000|SHIFTS|电工 设备维修|-|持低压电工证
  质检员|MANUFACTURING|3000-4000|FULL_TIME|质检|NO_HEAVY_LABOUR|高中以上文化,细心
物流|物流有限公司|prefecture
  快递分拣员|LOGISTICS|3000-4500|SHIFTS|分拣|TRAINING_PROVIDED|能适应夜班
  快递配送员|LOGISTICS|4000-6000|FULL_TIME|电动车驾驶|-|熟悉本地道路
  仓库管理员|LOGISTICS|3000-4000|FULL_TIME|仓储管理|NO_HEAVY_LABOUR|会使用电脑
  叉车司机|LOGISTICS|3800-5000|SHIFTS|叉车|-|持叉车操作证
商超零售|超市有限公司|county
  收银员|RETAIL|2400-3200|SHIFTS SCHOOL_HOURS|收银|NO_HEAVY_LABOUR CARE_DUTIES|可错峰排班
  理货员|RETAIL|2400-3000|SHIFTS|-|OLDER_WORKERS|50岁以下
  生鲜加工员|RETAIL|2800-3600|FULL_TIME|生鲜加工|TRAINING_PROVIDED|持健康证
物业管理|物业管理有限公司|prefecture
  保安员|SECURITY_CLEANING|2400-3200|SHIFTS|安保|OLDER_WORKERS|60岁以下,退役军人优先
  保洁员|SECURITY_CLEANING|2200-2800|SCHOOL_HOURS PART_TIME|保洁|OLDER_WORKERS CARE_DUTIES NO_HEAVY_LABOUR|就近上班,可接送孩子
  水电维修工|SECURITY_CLEANING|3200-4500|FULL_TIME|电工 水电维修|-|持电工证
  绿化工|SECURITY_CLEANING|2200-2800|FULL_TIME|园林绿化|OLDER_WORKERS|身体健康
养老服务|养老服务中心|county
  养老护理员|ELDERLY_CARE|3000-4500|SHIFTS|养老护理|TRAINING_PROVIDED OLDER_WORKERS|有爱心耐心,岗前免费培训
  护工|ELDERLY_CARE|2800-4000|SHIFTS|护理|OLDER_WORKERS|能上夜班
  康复助理|ELDERLY_CARE|3200-4200|FULL_TIME|康复|NO_HEAVY_LABOUR|有医护相关经历者优先
建筑施工|建筑工程有限公司|province
  钢筋工|CONSTRUCTION|4500-6000|FULL_TIME|钢筋|-|持证上岗,有高处作业经验
  木工|CONSTRUCTION|4500-6000|FULL_TIME|木工|-|熟练支模
  施工员|CONSTRUCTION|4000-5500|FULL_TIME|施工管理|-|土木相关专业
  资料员|OFFICE|2800-3800|FULL_TIME|办公软件|NO_HEAVY_LABOUR DISABILITY_FRIENDLY|熟练使用办公软件
食品加工|食品有限公司|prefecture
  包装工|MANUFACTURING|2600-3400|FULL_TIME SCHOOL_HOURS|包装|NO_HEAVY_LABOUR DISABILITY_FRIENDLY OLDER_WORKERS|计件工资,多劳多得
  生产线操作工|MANUFACTURING|3000-4200|SHIFTS|设备操作|TRAINING_PROVIDED|能适应两班倒
  销售内勤|OFFICE|2800-3800|FULL_TIME|办公软件|NO_HEAVY_LABOUR|高中以上文化
白酒酿造|酒业有限公司|prefecture
  酿酒工|MANUFACTURING|3500-5500|SHIFTS|酿造|TRAINING_PROVIDED|能适应高温环境
  包装工|MANUFACTURING|2800-3600|FULL_TIME|包装|NO_HEAVY_LABOUR OLDER_WORKERS|手脚麻利
  仓库管理员|LOGISTICS|3000-4000|FULL_TIME|仓储管理|NO_HEAVY_LABOUR|会使用电脑
`;

const list = (field: string | undefined): string[] => (!field || field === '-' ? [] : field.split(' '));

function parseJob(line: string): JobTemplate {
  const [title = '', category, yuan = '', hours, skills, suitability, requirements = ''] = line
    .trim()
    .split('|');
  const [min, max] = yuan.split('-').map(Number);
  return {
    title,
    category: PositionCategory.schema.parse(category),
    yuan: [min ?? 0, max ?? 0],
    hours: list(hours).map((h) => WorkHours.schema.parse(h)),
    skills: list(skills),
    suitability: list(suitability).map((s) => Suitability.schema.parse(s)),
    requirements,
  };
}

function parseTrades(spec: string): Trade[] {
  const trades: { industry: string; suffix: string; place: Trade['place']; jobs: JobTemplate[] }[] = [];
  for (const line of spec.split('\n').filter((l) => l.trim() !== '')) {
    if (line.startsWith(' ')) {
      trades[trades.length - 1]?.jobs.push(parseJob(line));
      continue;
    }
    const [industry = '', suffix = '', place] = line.split('|');
    trades.push({ industry, suffix, place: place as Trade['place'], jobs: [] });
  }
  return trades;
}

const ALL = parseTrades(SPEC);

/** 遵义's liquor makers (酱香酒) hire only there. */
export const LIQUOR: Trade = ALL.find((t) => t.industry === '白酒酿造') as Trade;
/** The trades the unions place hardship workers into (the article's 家政服务, 厨艺, 电子机械, 汽车维修 …). */
export const TRADES: readonly Trade[] = ALL.filter((t) => t !== LIQUOR);

/** 字号: the distinctive part of a small business's registered name. */
export const BRANDS: readonly string[] =
  `惠民 安心 巧手 金牌 顺达 黔味 阳光 诚信 和美 福满 康乐 佳禾 鑫隆 永辉
  百佳 万家 吉祥 宏盛 德润 瑞丰 天成 聚源 汇通 新程 乐居 仁和 康寿 盛世 长顺 黔丰 娄山 乌江 红岩 苗岭 夜郎
  凉都 梵净 云雾`
    .split(/\s+/)
    .filter(Boolean);
