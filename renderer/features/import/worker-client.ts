/**
 * The page's side of the import worker: one request at a time, each with the time limit.
 * Past the limit the worker is terminated (a parse cannot be interrupted any other way)
 * and the caller gets a message naming the limit.
 */
import { ImportError, timeoutError } from '../../../shared/import/errors';
import type { ImportLimits } from '../../../shared/import/types';
import type { Said } from '../../../shared/said';
import type { WorkerRequest, WorkerResponse, WorkerResults } from '../../workers/import-protocol';

export class ImportWorker {
  private worker: Worker | null;
  private nextId = 1;
  private pending: { id: number; resolve(v: unknown): void; reject(e: Error): void; timer: ReturnType<typeof setTimeout> } | null = null;

  constructor(private readonly limits: ImportLimits) {
    // Vite bundles this as a separate module script served from 'self' (CSP worker-src 'self').
    this.worker = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.settle(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      const said: Said = event.message ? { id: 'file.readerFailed', params: { detail: event.message } } : { id: 'file.readerCrashed' };
      this.fail(new ImportError('damaged', `The file could not be read: ${event.message || 'the reader stopped unexpectedly'}.`, said));
    };
  }

  request<T extends WorkerRequest['type']>(request: Extract<WorkerRequest, { type: T }>, transfer: Transferable[] = []): Promise<WorkerResults[T]> {
    if (!this.worker) return Promise.reject(readerStopped());
    if (this.pending) this.fail(new ImportError('mapping', 'Replaced by a newer request.', { id: 'file.replaced' }));
    const id = this.nextId++;
    return new Promise<WorkerResults[T]>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.terminate();
        reject(timeoutError(this.limits.timeoutMs));
      }, this.limits.timeoutMs);
      this.pending = { id, resolve: resolve as (v: unknown) => void, reject, timer };
      this.worker!.postMessage({ id, request }, transfer);
    });
  }

  /** Ends the worker now (cancel, close, or past the time limit). */
  terminate(): void {
    this.worker?.terminate();
    this.worker = null;
    if (this.pending) {
      clearTimeout(this.pending.timer);
      this.pending = null;
    }
  }

  private settle(response: WorkerResponse): void {
    const pending = this.pending;
    if (!pending || pending.id !== response.id) return;
    clearTimeout(pending.timer);
    this.pending = null;
    if (response.ok) pending.resolve(response.result);
    else pending.reject(new ImportError(response.error.code === 'internal' ? 'damaged' : response.error.code, response.error.message, response.error.said));
  }

  private fail(error: Error): void {
    const pending = this.pending;
    if (!pending) return;
    clearTimeout(pending.timer);
    this.pending = null;
    pending.reject(error);
  }
}

/** The reader was ended (time limit, cancel): a new file must be opened. */
export const readerStopped = (): ImportError => new ImportError('timeout', 'The file reader was stopped; open the file again.', { id: 'file.readerStopped' });
