/**
 * History of submissions as main's journals tell it: the list, the selected submission's
 * rows, and the actions on it (verify unknown rows, export to .xlsx, retry failed rows,
 * revert). Retry and revert open the preview, so they are checked and confirmed like
 * any other change set.
 */
import { changeId } from '../../../shared/types';
import { create } from 'zustand';
import { retryableRows, type SubmissionRecord, type SubmissionSummary } from '../../../shared/submission';
import { api, call } from '../../api';
import { currentLocale, showNumber } from '../../app/locale';
import { t } from '../../i18n';
import { submissionWorkbook } from '../../../shared/export/submission';
import { download, exportName, XLSX_TYPE } from '../export/download';
import { submissionWords } from './export-words';
import { useGrid } from '../grid/slice';
import { notifyError, useNotifications } from '../notifications/slice';
import { previewItems, usePreview } from '../preview/slice';

interface HistoryState {
  open: boolean;
  submissions: SubmissionSummary[];
  selected: SubmissionRecord | null;
  busy: boolean;
  /** Lines of the selected submission ticked for a revert of just those, by change id (a (row, field)). */
  picked: Record<string, true>;
  /** The submission a "reverted by" / "reverts" link jumped to, highlighted in the list. */
  highlighted: string | null;
  /** Interrupted submissions found at start, until the user looks at them. */
  interrupted: SubmissionSummary[];
  show(): Promise<void>;
  close(): void;
  refresh(): Promise<void>;
  select(id: string): Promise<void>;
  /** Follows a link to another submission: selects it and highlights it in the list. */
  jump(id: string): Promise<void>;
  pick(ids: string[], picked: boolean): void;
  verify(): Promise<void>;
  exportXlsx(): Promise<void>;
  retry(): Promise<void>;
  revert(): Promise<void>;
  /** Looks for submissions a crash or kill left unfinished. */
  checkInterrupted(): Promise<void>;
  dismissInterrupted(): void;
}

export const useHistory = create<HistoryState>((set, get) => ({
  open: false,
  submissions: [],
  selected: null,
  busy: false,
  picked: {},
  highlighted: null,
  interrupted: [],

  async show() {
    set({ open: true, interrupted: [] });
    await get().refresh();
    const first = get().submissions[0];
    if (first && !get().selected) await get().select(first.id);
  },

  close() {
    set({ open: false, selected: null, picked: {}, highlighted: null });
  },

  async refresh() {
    try {
      const { submissions } = await call(api().history.list({}));
      set({ submissions });
    } catch (error) {
      notifyError(error);
    }
  },

  async select(id) {
    try {
      set({ selected: await call(api().history.get({ id })), picked: {}, highlighted: get().highlighted === id ? id : null });
    } catch (error) {
      notifyError(error);
    }
  },

  async jump(id) {
    // The link may name a submission newer than the list (a revert just sent).
    if (!get().submissions.some((s) => s.id === id)) await get().refresh();
    set({ highlighted: id });
    await get().select(id);
  },

  pick(ids, picked) {
    const next = { ...get().picked };
    for (const id of ids) {
      if (picked) next[id] = true;
      else delete next[id];
    }
    set({ picked: next });
  },

  async verify() {
    const { selected } = get();
    if (!selected) return;
    set({ busy: true });
    try {
      const record = await call(api().history.verify({ id: selected.id }));
      set({ selected: record });
      useNotifications.getState().notify('info', t('history:notify.verified', { connection: record.connectionLabel, count: record.counts.unknown, n: showNumber(record.counts.unknown) }));
      await get().refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      set({ busy: false });
    }
  },

  async exportXlsx() {
    const { selected } = get();
    if (!selected) return;
    try {
      const name = exportName(selected.connectionLabel, t('history:xlsx.fileName', { id: selected.id }));
      download(submissionWorkbook(selected, currentLocale(), submissionWords()), `${name}.xlsx`, XLSX_TYPE);
    } catch (error) {
      notifyError(error);
    }
  },

  async retry() {
    const { selected } = get();
    if (!selected) return;
    const rows = retryableRows(selected);
    if (!rows.length) return;
    get().close();
    await usePreview.getState().show(selected.connectionId, previewItems(selected.connectionId, rows), { kind: 'retry', submissionId: selected.id });
  },

  async revert() {
    const { selected } = get();
    if (!selected) return;
    // Ticked lines (change ids) limit the revert to them; none ticked reverts every line still revertable.
    const keys = Object.keys(get().picked);
    set({ busy: true });
    try {
      const plan = await call(api().history.revert({ id: selected.id, ...(keys.length ? { keys } : {}) }));
      if (!plan.changes.length) {
        useNotifications.getState().notify('warning', t('history:notify.nothingToRevert', { reason: plan.flagged[0]?.reason ?? t('history:notify.noRowWent') }));
        return;
      }
      get().close();
      // Through the grid's one command path, so the grid shows the revert and takes its results.
      const grid = useGrid.getState();
      if (grid.connectionId === selected.connectionId) grid.applyEdits(plan.changes.map((c) => ({ key: changeId(c), newPrice: c.newPrice })), t('history:revertEdit'), { source: { kind: 'revert', detail: selected.id } });
      await usePreview.getState().show(selected.connectionId, previewItems(selected.connectionId, plan.changes), { kind: 'revert', submissionId: selected.id, revertedAt: selected.startedAt, flagged: plan.flagged });
    } catch (error) {
      notifyError(error);
    } finally {
      set({ busy: false });
    }
  },

  dismissInterrupted() {
    set({ interrupted: [] });
  },

  async checkInterrupted() {
    try {
      const { submissions } = await call(api().history.list({}));
      set({ interrupted: submissions.filter((s) => s.state === 'interrupted' && (s.counts.unknown > 0 || s.counts.skipped > 0)) });
    } catch {
      // History is a convenience at start; its failure must not block the app.
    }
  },
}));
