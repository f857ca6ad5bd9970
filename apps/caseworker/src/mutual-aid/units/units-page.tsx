import { formatInstant, useLang } from '@bangfu/client';
import { Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { AidNotAllowed } from '../../aid/components/not-allowed';
import { useDivisionName } from '../../employment/components/division-name';
import { PagedTable } from '../../employment/components/paged-table';
import type { Unit } from '../api/types';
import { useUnits } from '../api/use-schemes';
import { useMaT } from '../i18n/use-ma-t';
import { MA_ENROL_ROLES, MA_READ_ROLES, useHasMaRole } from '../permissions';
import { UnitCreateModal } from './unit-create-modal';

/** 参加单位 of the user's scope, searchable by name; caseworkers register new ones. */
export function UnitsPage() {
  const t = useMaT();
  const { lang } = useLang();
  const division = useDivisionName();
  const allowed = useHasMaRole(MA_READ_ROLES);
  const canCreate = useHasMaRole(MA_ENROL_ROLES);
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const list = useUnits(q, allowed);
  if (!allowed) return <AidNotAllowed />;
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('ma.units.title')}
        </Typography.Title>
        {canCreate && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="ma-unit-create">
            {t('ma.units.create')}
          </Button>
        )}
      </Flex>
      <Input.Search
        allowClear
        placeholder={t('ma.units.search')}
        onSearch={setQ}
        style={{ maxWidth: 320, marginBottom: 16 }}
        data-testid="ma-unit-search"
      />
      <PagedTable<Unit>
        list={list}
        rows={rows}
        rowTestId="ma-unit-row"
        idAttribute="unit-id"
        emptyText={t('ma.units.empty')}
        loadMoreTestId="ma-unit-more"
        columns={[
          { title: t('ma.units.name'), dataIndex: 'name' },
          { title: t('ma.units.division'), render: (_, u) => division(u.divisionCode) },
          { title: t('ma.units.staff'), dataIndex: 'staffCount' },
          { title: '', render: (_, u) => formatInstant(u.createdAt, lang) },
          {
            title: '',
            render: (_, u) => <Link to={`/mutual-aid/enrol?unit=${u.id}`}>{t('ma.units.enrol')}</Link>,
          },
        ]}
      />
      {creating && <UnitCreateModal onClose={() => setCreating(false)} />}
    </Card>
  );
}
