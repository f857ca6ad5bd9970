import { App, Button } from 'antd';
import type { Scheme, SchemeBody } from '../api/types';
import { usePublishScheme } from '../api/use-schemes';
import { useMaT } from '../i18n/use-ma-t';

/** The same rules for another term: the year and every fixed start date move to `year`. */
export function forTermYear(body: SchemeBody, year: number): SchemeBody {
  return {
    ...body,
    termYear: year,
    plans: body.plans.map((p) =>
      p.fixedStartDate ? { ...p, fixedStartDate: `${year}${p.fixedStartDate.slice(4)}` } : p,
    ),
  };
}

/** 发布新年度版本: a new version of the scheme for `year`; earlier versions stay as they were. */
export function PublishYearButton({ scheme, year }: { scheme: Scheme; year: number }) {
  const t = useMaT();
  const { message } = App.useApp();
  const publish = usePublishScheme();
  const run = () =>
    publish.mutate(
      { body: forTermYear(scheme.body, year), note: `${scheme.termYear} → ${year}` },
      {
        onSuccess: (s) => message.success(t('ma.schemes.published', { year, v: s.version })),
        onError: (e) => message.error(e.message),
      },
    );
  return (
    <Button
      size="small"
      loading={publish.isPending}
      onClick={(e) => {
        e.stopPropagation();
        run();
      }}
      data-testid="ma-scheme-publish-year"
    >
      {t('ma.schemes.publishYear', { year })}
    </Button>
  );
}
