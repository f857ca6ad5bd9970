import { useLang } from '@bangfu/client';
import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { useScopeOrgs } from '../api/use-scope-orgs';
import { useT } from '../i18n/use-t';
import { buildOrgTree } from './org-tree';

/** Expanding every node is only pleasant for a small scope (a county); a province has thousands. */
const EXPAND_ALL_UP_TO = 50;

/** Picks one org unit in the user's scope (orgs.listScope). */
export function OrgTreeSelect(props: Omit<TreeSelectProps<string>, 'treeData'>) {
  const t = useT();
  const { lang } = useLang();
  const orgs = useScopeOrgs();
  const treeData = useMemo(() => buildOrgTree(orgs.data ?? [], lang), [orgs.data, lang]);
  return (
    <TreeSelect<string>
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll={(orgs.data?.length ?? 0) <= EXPAND_ALL_UP_TO}
      loading={orgs.isPending}
      notFoundContent={orgs.isError ? t('loadFailed') : undefined}
      {...props}
      treeData={treeData}
    />
  );
}
