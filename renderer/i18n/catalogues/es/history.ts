import type { history as en } from '../en/history';
import type { Messages } from '../types';

export const history: Messages<typeof en> = {};
