import { labelKey, useLang } from '@bangfu/client';
import { Button, Empty, Spin } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { QueryError } from '../../components/query-error';
import { useNoticeSheet } from '../api/use-notices';
import { useIdentT } from '../i18n/use-ident-t';
import { NoticeDocumentView } from './notice-document-view';
import './notice-sheet.css';

/** The printable 公示单 of one union on one day (A4, zh-CN by default); printing is audited. */
export function NoticePrintPage() {
  const t = useIdentT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const orgId = params.get('org') ?? undefined;
  const date = params.get('date') ?? '';
  const sheetLang = params.get('lang') === 'en' ? 'en' : labelKey(lang);
  const sheet = useNoticeSheet(orgId, date, sheetLang);
  return (
    <div lang={sheetLang === 'zh' ? 'zh-CN' : 'en'} data-testid="notice-print">
      <div className="notice-print-toolbar">
        <Button onClick={() => navigate('/identification/notices')}>{t('id.print.back')}</Button>
        <Button type="primary" onClick={() => window.print()} data-testid="notice-print-button">
          {t('id.print.doPrint')}
        </Button>
      </div>
      {sheet.isPending && <Spin />}
      {sheet.isError && <QueryError error={sheet.error} onRetry={() => sheet.refetch()} />}
      {sheet.data?.documents.length === 0 && <Empty description={t('id.print.empty')} />}
      {sheet.data?.documents.map((doc) => (
        <NoticeDocumentView key={`${doc.title}-${doc.paragraphs[1]}`} doc={doc} />
      ))}
    </div>
  );
}
