import type { preview as en } from '../en/preview';
import type { Messages } from '../types';

export const preview: Messages<typeof en> = {};
