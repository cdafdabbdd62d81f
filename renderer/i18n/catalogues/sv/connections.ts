import type { connections as en } from '../en/connections';
import type { Messages } from '../types';

export const connections: Messages<typeof en> = {};
