import type { grid as en } from '../en/grid';
import type { Messages } from '../types';

export const grid: Messages<typeof en> = {};
