export { startTwilioLocal } from './server';
export type {
  ApiMessage,
  InboundResult,
  MessageStatus,
  ReceivedMessage,
  SendOptions,
  TemplateSpec,
  TwilioLocal,
  TwilioLocalAccount,
  TwilioLocalFaults,
  TwilioLocalOptions,
  TwilioLocalPhones,
} from './types';
export type { AdvancedOptOut } from './opt-outs';
