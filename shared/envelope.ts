/**
 * The one result shape of every IPC call. Errors carry a stable code for the UI to branch
 * on and a message written for shop staff; stack traces never cross the boundary.
 */
import type { Said } from './said';

export type ErrorCode =
  | 'invalid_request'
  | 'unknown_channel'
  | 'not_found'
  | 'vendor_error'
  | 'network_error'
  | 'auth_error'
  | 'keychain_unavailable'
  | 'cancelled'
  | 'conflict'
  | 'internal';

export interface AppErrorInfo {
  code: ErrorCode;
  /** English, for the CLI, the log and a window that has no words for `said`. */
  message: string;
  said?: Said;
  vendorMessage?: string;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: AppErrorInfo };

export const ok = <T>(data: T): Envelope<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string, words: Pick<AppErrorInfo, 'said' | 'vendorMessage'> = {}): Envelope<never> => ({
  ok: false,
  error: { code, message, ...words },
});
