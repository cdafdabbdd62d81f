import type { exporting as en } from '../en/exporting';
import type { Messages } from '../types';

export const exporting: Messages<typeof en> = {};
