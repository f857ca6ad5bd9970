import { formatInstant, labelIn, useLang } from '@bangfu/client';
import {
  CATEGORIES_BY_STANDARD,
  HardshipCategory,
  HardshipCause,
  Industry,
  type ProvinceReportDto,
  StandardVersion,
  WorkStatus,
} from '@bangfu/domain';
import type { ReactNode } from 'react';
import { useReportT } from './i18n/use-report-t';
import { useReportLabels } from './report-labels';
import { CauseCategoryTable, RegionTable, ShareTable } from './report-tables';
import './report.css';

function Section({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <section className="report-section" data-testid={`report-section-${id}`}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** Where the report is about: 贵州省总工会 → 贵州省, 遵义市红花岗区总工会 → 遵义市红花岗区. */
function placeOf(report: ProvinceReportDto, en: boolean): string {
  const org = report.scope.org;
  return en ? org.nameEn : org.name.replace(/总工会$/, '');
}

/** The survey report as an A4 document: narrative first, then the tables. */
export function ReportDocument({ report }: { report: ProvinceReportDto }) {
  const t = useReportT();
  const { lang } = useLang();
  const en = lang === 'en';
  const { enumLabel, region, band } = useReportLabels();
  const standard = report.standardVersion as StandardVersion;
  const categories = CATEGORIES_BY_STANDARD[standard] ?? HardshipCategory.values;
  const category = enumLabel(HardshipCategory);
  const cause = enumLabel(HardshipCause);
  return (
    <article className="report-doc" lang={en ? 'en' : 'zh-CN'} data-testid="report-document">
      <h1 data-testid="report-title">{t('rep.doc.title', { place: placeOf(report, en) })}</h1>
      <p className="report-meta">
        {t('rep.basis')}:{t(report.basis === 'ON_FILE' ? 'rep.basis.ON_FILE' : 'rep.basis.SURVEY')} ·{' '}
        {t('rep.standard')}:
        {StandardVersion.values.includes(standard)
          ? labelIn(StandardVersion.labels[standard], lang)
          : report.standardVersion}{' '}
        · {t('rep.generatedAt')}:{formatInstant(report.generatedAt, lang)}
      </p>
      <p className="report-meta" data-testid="report-total">
        {t('rep.totalLine', { households: report.total.households, people: report.total.people })}
      </p>
      <Section id="summary" title={t('rep.s.summary')}>
        <div data-testid="report-narrative">
          {report.narrative.map((n) => (
            <p key={n.zh} className="report-paragraph">
              {en ? n.en : n.zh}
            </p>
          ))}
        </div>
      </Section>
      <Section id="category" title={t('rep.s.category')}>
        <ShareTable
          head={t('rep.col.category')}
          rows={report.byCategory}
          label={category}
          total={report.total}
          testId="report-category"
        />
      </Section>
      <Section id="cause" title={t('rep.s.cause')}>
        <ShareTable head={t('rep.col.cause')} rows={report.byCause} label={cause} testId="report-cause" />
      </Section>
      <Section id="cause-category" title={t('rep.s.causeCategory')}>
        <CauseCategoryTable
          rows={report.causeByCategory}
          categories={categories}
          causeLabel={cause}
          categoryLabel={category}
        />
      </Section>
      <Section id="region" title={t('rep.s.region')}>
        <RegionTable rows={report.byPrefecture} label={region} />
      </Section>
      <Section id="industry" title={t('rep.s.industry')}>
        <ShareTable
          head={t('rep.col.industry')}
          rows={report.byIndustry}
          label={enumLabel(Industry)}
          testId="report-industry"
        />
      </Section>
      <Section id="work" title={t('rep.s.work')}>
        <ShareTable
          head={t('rep.col.work')}
          rows={report.byWorkStatus}
          label={enumLabel(WorkStatus)}
          testId="report-work"
        />
      </Section>
      <Section id="income" title={t('rep.s.income')}>
        <ShareTable head={t('rep.col.band')} rows={report.byIncomeBand} label={band} testId="report-income" />
      </Section>
    </article>
  );
}
