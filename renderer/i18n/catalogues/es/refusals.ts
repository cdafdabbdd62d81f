import type { refused as en } from '../en/refusals';
import type { Messages } from '../types';

export const refused: Messages<typeof en> = {};
