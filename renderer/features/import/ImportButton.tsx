import { useRef } from 'react';
import { t } from '../../i18n';
import { useGrid } from '../grid/slice';
import { usePreview } from '../preview/slice';
import { useImport } from './slice';

/** The file types the import reads, for the open dialog. */
export const IMPORT_ACCEPT = '.xlsx,.xlsm,.xls,.ods,.csv,.tsv,.txt';

/** "Import…" in the toolbar: opens the system file dialog, then the import dialog. */
export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const sending = usePreview((s) => s.stage === 'sending');
  const ready = useGrid((s) => s.connectionId !== null && s.loading === null) && !sending;
  return (
    <>
      <button type="button" data-testid="import-open" disabled={!ready} onClick={() => input.current?.click()}>
        {t('importing:button')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={IMPORT_ACCEPT}
        data-testid="import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void useImport.getState().openFile(file);
        }}
      />
    </>
  );
}
