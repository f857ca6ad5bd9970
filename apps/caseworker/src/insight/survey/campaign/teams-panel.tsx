import { List, Tag, Typography } from 'antd';
import type { Campaign } from '../api/types';
import { useSurveyT } from '../i18n/use-survey-t';

/** Who is on each team and where they go. */
export function TeamsPanel({ campaign }: { campaign: Campaign }) {
  const t = useSurveyT();
  return (
    <List
      dataSource={campaign.teams}
      renderItem={(team) => (
        <List.Item data-testid="sv-team">
          <List.Item.Meta
            title={
              <>
                {team.name} {campaign.myTeamIds.includes(team.id) && <Tag color="blue">✓</Tag>}
              </>
            }
            description={
              <>
                <Typography.Text>
                  {t('sv.team.leader')}:{team.leaderName};{t('sv.team.members')}:
                  {team.members.map((m) => m.displayName).join('、')}
                </Typography.Text>
                <br />
                <Typography.Text type="secondary">
                  {t('sv.team.regions')}:
                  {team.regions
                    .map((r) => (r.target === null ? r.orgName : `${r.orgName}(${r.target})`))
                    .join('、')}
                </Typography.Text>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
