import type { file as en } from '../en/files';
import type { Messages } from '../types';

export const file: Messages<typeof en> = {};
