import type { NotificationChannel } from '@bangfu/domain';
import type { NotificationSender, OutgoingMessage } from './sender';

export type LogLine = (msg: string, fields: Record<string, unknown>) => void;

/**
 * The demo gateway: writes one log line per delivery instead of sending. The recipient is logged
 * as its last four characters only; the text carries no personal data (templates.ts).
 */
export function createLogSender(channel: NotificationChannel, log: LogLine): NotificationSender {
  return {
    channel,
    async send(msg: OutgoingMessage) {
      log('notification (log sender)', {
        id: msg.id,
        channel: msg.channel,
        to: `…${msg.recipient.slice(-4)}`,
        template: msg.template,
        text: msg.text.zh,
      });
      return { providerMessageId: `log-${msg.id}` };
    },
  };
}
