import type { importing as en } from '../en/importing';
import type { Messages } from '../types';

export const importing: Messages<typeof en> = {};
