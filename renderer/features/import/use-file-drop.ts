import { useEffect, useState } from 'react';
import { t } from '../../i18n';
import { useGrid } from '../grid/slice';
import { useNotifications } from '../notifications/slice';
import { usePreview } from '../preview/slice';
import { useImport } from './slice';

/** Dropping a file anywhere on the window imports it; returns whether a file is being dragged over. */
export function useFileDrop(): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onOver = (e: DragEvent) => {
      // Without this the browser would navigate to the dropped file.
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const file = e.dataTransfer?.files[0];
      const grid = useGrid.getState();
      if (!file) return;
      const sending = usePreview.getState().stage === 'sending';
      if (grid.connectionId && !grid.loading && !sending) void useImport.getState().openFile(file);
      else useNotifications.getState().notify('info', t(sending ? 'importing:drop.waitSending' : 'importing:drop.waitLoading', { file: file.name }));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return over;
}
