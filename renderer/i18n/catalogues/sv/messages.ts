import type { messages as en } from '../en/messages';
import type { Messages } from '../types';

export const messages: Messages<typeof en> = {};
