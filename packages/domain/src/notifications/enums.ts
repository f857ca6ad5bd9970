import { defineEnum, type EnumValue } from '../common/labelled-enum';

/** 通知渠道: the portal inbox always; SMS and WeChat template messages through a pluggable sender. */
export const NotificationChannel = defineEnum({
  PORTAL: { zh: '自助服务站内信', en: 'Portal inbox' },
  SMS: { zh: '短信', en: 'SMS' },
  WECHAT: { zh: '微信模板消息', en: 'WeChat template message' },
});
export type NotificationChannel = EnumValue<typeof NotificationChannel>;

/**
 * 发送状态. PENDING waits for its first try, SENDING is claimed by one dispatcher under a lease,
 * FAILED waits for its next try (backoff), DEAD gave up after the last allowed attempt.
 */
export const NotificationStatus = defineEnum({
  PENDING: { zh: '待发送', en: 'Pending' },
  SENDING: { zh: '发送中', en: 'Sending' },
  SENT: { zh: '已发送', en: 'Sent' },
  FAILED: { zh: '发送失败待重试', en: 'Failed, will retry' },
  DEAD: { zh: '发送失败已停止', en: 'Failed, gave up' },
});
export type NotificationStatus = EnumValue<typeof NotificationStatus>;

/** 消息模板. Texts are rendered on the server from these codes and their (non-personal) params. */
export const NotificationTemplate = defineEnum({
  JOB_MATCH: { zh: '岗位推荐(站内)', en: 'Job recommendation (portal)' },
  JOB_MATCH_SUMMARY: { zh: '岗位推荐提醒(短信/微信)', en: 'Job recommendation reminder (SMS/WeChat)' },
});
export type NotificationTemplate = EnumValue<typeof NotificationTemplate>;
