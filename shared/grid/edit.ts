/**
 * A pending edit in the grid: a new price (a canonical decimal string) or the removal of
 * the row's price. The removal is one shared frozen object rather than a magic string, so
 * the compiler finds every reader that would treat it as a number, and `null` keeps its
 * meaning "no pending edit" in the store's commands and its undo history.
 */
export const REMOVE_PRICE: { readonly removePrice: true } = Object.freeze({ removePrice: true as const });

export type PriceEdit = string | typeof REMOVE_PRICE;

export const isRemoval = (edit: PriceEdit | null | undefined): edit is typeof REMOVE_PRICE => edit === REMOVE_PRICE;

/** The price an edit leaves the row with, as the contract carries it (null: no price). */
export const editedPrice = (edit: PriceEdit): string | null => (typeof edit === 'string' ? edit : null);

/** An edit from the contract's form (drafts): null is a removal. */
export const editFromPrice = (price: string | null): PriceEdit => price ?? REMOVE_PRICE;

/** How a removal reads where a price would stand (the grid, exports, history, the CLI). */
export const REMOVAL_TEXT = 'remove price';

/** A new price as text, where null (a removal) has no number. */
export const newPriceText = (newPrice: string | null): string => newPrice ?? REMOVAL_TEXT;
