import type { vendor as en } from '../en/vendors';
import type { Messages } from '../types';

export const vendor: Messages<typeof en> = {};
