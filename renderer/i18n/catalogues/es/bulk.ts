import type { bulk as en } from '../en/bulk';
import type { Messages } from '../types';

export const bulk: Messages<typeof en> = {};
