// What the server's background job needs (re-exported from @bangfu/api's index).
export { type DispatchReport, dispatchDueNotifications } from './dispatch';
export { createLogSender, type LogLine } from './log-sender';
export {
  type NotificationSender,
  type OutgoingMessage,
  PermanentDeliveryError,
  type SenderRegistry,
  senderRegistry,
} from './sender';
