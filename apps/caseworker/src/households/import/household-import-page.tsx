import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { errorMessage, useLang } from '@bangfu/client';
import { HOUSEHOLD_IMPORT_ROLES, hasAnyRole } from '@bangfu/domain';
import { Alert, Button, Card, Flex, Result, Typography, Upload } from 'antd';
import { useState } from 'react';
import { downloadXlsx } from '../../aid/components/download-xlsx';
import { readFileAsBase64 } from '../../aid/components/read-file';
import { useCurrentUser } from '../../auth/current-user';
import { ImportProgressCard } from './import-progress-card';
import { ProblemTable } from './problem-table';
import { type ImportReport, useDryRun, useImportTemplate, useStartImport } from './use-household-import';
import { useImportT } from './use-import-t';

interface PickedFile {
  fileName: string;
  contentBase64: string;
}

/**
 * Excel 批量导入: template, file, a dry run listing every problem, then the import — offered only
 * after a clean dry run of that very file — with a progress bar and the outcome.
 */
export function HouseholdImportPage() {
  const t = useImportT();
  const { lang } = useLang();
  const me = useCurrentUser();
  const template = useImportTemplate();
  const dryRun = useDryRun();
  const start = useStartImport();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  if (!hasAnyRole(me.roles, HOUSEHOLD_IMPORT_ROLES))
    return <Result status="403" title={t('hi.notAllowed')} />;

  const pick = async (f: File) => {
    setFile({ fileName: f.name, contentBase64: await readFileAsBase64(f) });
    setReport(null);
    return false;
  };
  const check = () => file && dryRun.mutate(file, { onSuccess: setReport });
  const run = () => file && start.mutate(file, { onSuccess: (r) => setImportId(r.importId) });
  const reset = () => {
    setFile(null);
    setReport(null);
    setImportId(null);
  };
  const clean = report !== null && report.problemCount === 0;
  const error = template.error ?? dryRun.error ?? start.error;
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('hi.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('hi.intro')}</Typography.Paragraph>
      {importId ? (
        <ImportProgressCard importId={importId} onAgain={reset} />
      ) : (
        <>
          <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
            <Button
              icon={<DownloadOutlined />}
              loading={template.isPending}
              onClick={() => template.mutate(undefined, { onSuccess: downloadXlsx })}
              data-testid="hi-template"
            >
              {t('hi.template')}
            </Button>
            <Upload accept=".xlsx" showUploadList={false} beforeUpload={pick} maxCount={1}>
              <Button icon={<UploadOutlined />} data-testid="hi-pick">
                {t('hi.pick')}
              </Button>
            </Upload>
            {file && (
              <Typography.Text data-testid="hi-file">{t('hi.file', { name: file.fileName })}</Typography.Text>
            )}
          </Flex>
          <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
            <Button disabled={!file} loading={dryRun.isPending} onClick={check} data-testid="hi-dry-run">
              {t('hi.dryRun')}
            </Button>
            <Button
              type="primary"
              disabled={!clean}
              loading={start.isPending}
              onClick={run}
              data-testid="hi-run"
            >
              {t('hi.run')}
            </Button>
            <Typography.Text type="secondary">{t('hi.runHint')}</Typography.Text>
          </Flex>
          {error && (
            <Alert type="error" showIcon title={errorMessage(error, lang)} style={{ marginBottom: 12 }} />
          )}
          {report && <ProblemTable report={report} />}
        </>
      )}
    </Card>
  );
}
