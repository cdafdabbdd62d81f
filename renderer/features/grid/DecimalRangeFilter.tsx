/**
 * The filter of the number columns (prices, change, margin): From and To boxes read like a
 * typed price and compared exactly (shared/grid/range-filter.ts). A box that is not a
 * number says so and leaves the filter as it was, rather than filtering on a guess.
 */
import type { IDoesFilterPassParams } from 'ag-grid-community';
import { useGridFilter, type CustomFilterProps } from 'ag-grid-react';
import { useCallback, useRef, useState } from 'react';
import { inDecimalRange, readRange, type DecimalRange } from '../../../shared/grid/range-filter';
import type { CatalogRow } from '../../../shared/types';
import { currentLocale, showNumber } from '../../app/locale';
import { t } from '../../i18n';

type Props = CustomFilterProps<CatalogRow, unknown, DecimalRange>;

// A bound shows back as the person typed it: "12,5" in Sweden, without padding to two decimals.
const shown = (value: string | null) => (value === null ? '' : showNumber(value, { plain: true }));

export function DecimalRangeFilter({ model, onModelChange, getValue, colDef }: Props) {
  const [from, setFrom] = useState(shown(model?.from ?? null));
  const [to, setTo] = useState(shown(model?.to ?? null));
  const [problem, setProblem] = useState<{ field: 'from' | 'to'; error: string } | null>(null);
  const fromRef = useRef<HTMLInputElement>(null);

  const doesFilterPass = useCallback(
    (params: IDoesFilterPassParams<CatalogRow>) => model === null || inDecimalRange(getValue(params.node) as string | null, model),
    [model, getValue],
  );
  useGridFilter({ doesFilterPass, afterGuiAttached: () => fromRef.current?.focus() });

  // "Clear filters" sets the model from outside: the boxes follow it (adjusted while
  // rendering, React's pattern for state that follows a prop). Our own typing comes back
  // as the same range, and a half-typed bound keeps the filter as it was.
  const [seenModel, setSeenModel] = useState(model);
  if (model !== seenModel) {
    setSeenModel(model);
    const typed = readRange(from, to, currentLocale());
    const same = typed.ok ? JSON.stringify(typed.range) === JSON.stringify(model) : model !== null;
    if (!same) {
      setFrom(shown(model?.from ?? null));
      setTo(shown(model?.to ?? null));
      setProblem(null);
    }
  }

  const change = (nextFrom: string, nextTo: string) => {
    setFrom(nextFrom);
    setTo(nextTo);
    const read = readRange(nextFrom, nextTo, currentLocale());
    setProblem(read.ok ? null : { field: read.field, error: read.reversed ? t('grid:filters.reversed') : read.error });
    if (read.ok) onModelChange(read.range);
  };

  const name = colDef.headerName ?? t('grid:filters.thisColumn');
  return (
    <div className="range-filter" data-testid={`range-filter-${colDef.colId}`}>
      <label className="form-field">
        <span>{t('grid:filters.from')}</span>
        <input ref={fromRef} data-testid="range-from" inputMode="decimal" aria-label={t('grid:filters.fromLabel', { name })} aria-invalid={problem?.field === 'from'} value={from} onChange={(e) => change(e.target.value, to)} />
      </label>
      <label className="form-field">
        <span>{t('grid:filters.to')}</span>
        <input data-testid="range-to" inputMode="decimal" aria-label={t('grid:filters.toLabel', { name })} aria-invalid={problem?.field === 'to'} value={to} onChange={(e) => change(from, e.target.value)} />
      </label>
      {problem && (
        <p className="field-error" role="alert" data-testid="range-error">
          {problem.error}
        </p>
      )}
      <button type="button" data-testid="range-clear" disabled={from === '' && to === ''} onClick={() => change('', '')}>
        {t('grid:filters.clearRange')}
      </button>
    </div>
  );
}
