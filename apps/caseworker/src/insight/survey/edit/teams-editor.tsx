import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, InputNumber, Select } from 'antd';
import { OrgTreeSelect } from '../../../components/org-tree-select';
import { useSurveyT } from '../i18n/use-survey-t';
import { useSurveyStaffOptions } from './staff-options';

/** 调研组: name, leader, members and the regions each covers, with optional targets. */
export function TeamsEditor() {
  const t = useSurveyT();
  const staff = useSurveyStaffOptions();
  return (
    <Form.List name="teams">
      {(teams, { add, remove }) => (
        <>
          {teams.map((team) => (
            <Card
              key={team.key}
              size="small"
              style={{ marginBottom: 12 }}
              data-testid="sv-team-editor"
              extra={
                <Button
                  size="small"
                  icon={<DeleteOutlined />}
                  onClick={() => remove(team.name)}
                  aria-label={t('sv.q.remove')}
                />
              }
            >
              <Flex gap={12} wrap>
                <Form.Item name={[team.name, 'name']} label={t('sv.team.name')} style={{ minWidth: 200 }}>
                  <Input maxLength={50} />
                </Form.Item>
                <Form.Item
                  name={[team.name, 'leaderId']}
                  label={t('sv.team.leader')}
                  style={{ minWidth: 220 }}
                >
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    options={staff.options}
                    loading={staff.loading}
                  />
                </Form.Item>
                <Form.Item
                  name={[team.name, 'memberIds']}
                  label={t('sv.team.members')}
                  style={{ flex: 1, minWidth: 260 }}
                >
                  <Select
                    mode="multiple"
                    showSearch={{ optionFilterProp: 'label' }}
                    options={staff.options}
                    loading={staff.loading}
                  />
                </Form.Item>
              </Flex>
              <Form.Item label={t('sv.team.regions')}>
                <Form.List name={[team.name, 'regions']}>
                  {(regions, r) => (
                    <>
                      {regions.map((region) => (
                        <Flex key={region.key} gap={8} align="baseline">
                          <Form.Item name={[region.name, 'orgId']} style={{ minWidth: 280 }}>
                            <OrgTreeSelect placeholder={t('sv.team.region')} />
                          </Form.Item>
                          <Form.Item name={[region.name, 'target']}>
                            <InputNumber min={0} precision={0} placeholder={t('sv.team.target')} />
                          </Form.Item>
                          <Button
                            size="small"
                            icon={<DeleteOutlined />}
                            onClick={() => r.remove(region.name)}
                            aria-label={t('sv.q.remove')}
                          />
                        </Flex>
                      ))}
                      <Button size="small" icon={<PlusOutlined />} onClick={() => r.add({})}>
                        {t('sv.team.addRegion')}
                      </Button>
                    </>
                  )}
                </Form.List>
              </Form.Item>
            </Card>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ regions: [{}] })} data-testid="sv-team-add">
            {t('sv.team.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
