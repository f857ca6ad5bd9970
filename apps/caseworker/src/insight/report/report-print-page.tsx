import { PrinterOutlined } from '@ant-design/icons';
import { Button, Empty, Spin } from 'antd';
import { useNavigate } from 'react-router';
import { QueryError } from '../../components/query-error';
import { useProvinceReport } from './api/use-report';
import { useReportT } from './i18n/use-report-t';
import { ReportDocument } from './report-document';
import { reportQuery, useReportOptions } from './report-options';

/** The report alone, outside the app layout, for the browser's print dialog (A4). */
export function ReportPrintPage() {
  const t = useReportT();
  const navigate = useNavigate();
  const [options] = useReportOptions();
  const report = useProvinceReport(options);
  return (
    <div className="report-print-page" data-testid="report-print-page">
      <div className="report-print-toolbar">
        <Button onClick={() => navigate(`/insight/report?${reportQuery(options)}`)}>{t('rep.back')}</Button>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          disabled={!report.data}
          onClick={() => window.print()}
          data-testid="report-print-button"
        >
          {t('rep.print')}
        </Button>
      </div>
      {report.isPending && <Spin />}
      {report.isError && <QueryError error={report.error} onRetry={() => report.refetch()} />}
      {report.data?.total.households === 0 && <Empty description={t('rep.empty')} />}
      {report.data && report.data.total.households > 0 && <ReportDocument report={report.data} />}
    </div>
  );
}
