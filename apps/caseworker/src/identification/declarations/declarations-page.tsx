import type { RouterOutputs } from '@bangfu/client';
import { formatInstant, useLang } from '@bangfu/client';
import { DECLARE_ROLES, type DeclarationKind } from '@bangfu/domain';
import { Button, Card, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useMyDeclarations, useWithdrawDeclaration } from '../api/use-declarations';
import { IdentNotAllowed } from '../components/ident-not-allowed';
import { StepErrorAlert } from '../components/step-error-alert';
import { useIdentT } from '../i18n/use-ident-t';
import { useHasRole } from '../permissions';
import { DeclareForm } from './declare-form';

type Declaration = RouterOutputs['review']['myDeclarations'][number];

/** 回避申报: what I declared (masked), with withdraw, and a form to declare more. */
export function DeclarationsPage() {
  const t = useIdentT();
  const { lang } = useLang();
  const list = useMyDeclarations();
  const withdraw = useWithdrawDeclaration();
  if (!useHasRole(DECLARE_ROLES)) return <IdentNotAllowed />;
  const detail = (d: Declaration) =>
    [d.personName, d.relation, d.idMasked, d.employerNameNorm].filter(Boolean).join(' · ');
  return (
    <Flex vertical gap={16} data-testid="declarations-page">
      <Card title={t('id.decl.title')}>
        <Typography.Paragraph type="secondary">{t('id.decl.intro')}</Typography.Paragraph>
        <StepErrorAlert error={withdraw.error ?? list.error} />
        <Table<Declaration>
          size="small"
          rowKey="id"
          pagination={false}
          loading={list.isPending}
          dataSource={list.data ?? []}
          locale={{ emptyText: t('id.decl.empty') }}
          onRow={(d) =>
            ({ 'data-testid': 'declaration-row', 'data-kind': d.kind }) as HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: t('id.decl.kind'),
              dataIndex: 'kind',
              render: (k: DeclarationKind) => t(`id.decl.kind.${k}`),
            },
            { title: t('id.decl.detail'), render: (_, d) => detail(d) },
            {
              title: t('id.decl.declaredAt'),
              dataIndex: 'declaredAt',
              render: (v: string) => formatInstant(v, lang),
            },
            {
              title: '',
              render: (_, d) =>
                d.withdrawnAt ? (
                  <Tag>{t('id.decl.withdrawn')}</Tag>
                ) : (
                  <Popconfirm
                    title={t('id.decl.withdrawConfirm')}
                    onConfirm={() => withdraw.mutate({ id: d.id, version: d.version })}
                  >
                    <Button size="small" danger data-testid="declaration-withdraw">
                      {t('id.decl.withdraw')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>
      <DeclareForm />
    </Flex>
  );
}
