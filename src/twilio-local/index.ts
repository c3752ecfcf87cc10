export { startTwilioLocal } from './server';
export type {
  ApiMessage,
  InboundResult,
  MessageStatus,
  ReceivedMessage,
  SendOptions,
  TwilioLocal,
  TwilioLocalFaults,
  TwilioLocalOptions,
  TwilioLocalPhones,
} from './types';
