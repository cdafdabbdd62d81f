/**
 * Our words for something the Node side reports (a row's result, a connection test, an
 * error), as a stable id and its parameters: the window says it in the person's language
 * (renderer/i18n, the `messages` catalogue, key = id), the CLI and logs in the English
 * `message` that travels with it, and `--json` prints the id. The vendor's own wording,
 * where there is one, travels apart (`vendorMessage`) and is shown quoted after ours.
 */
import type { SaidId } from './said-ids';

export interface Said {
  /** A key of the English `messages` catalogue ("row.rejected"); stable: the CLI's --json prints it. */
  id: SaidId;
  params?: Record<string, SaidParam>;
}

/**
 * A parameter: a value shown as it is (a name, an amount, a count), our words for a part of
 * the sentence (said in the same language, as "campaign: read only" inside a list's
 * description), or a list of either, enumerated with commas ("SEK, ordinary").
 */
export type SaidParam = string | number | Said | readonly (string | number | Said)[];

/** A notice about the app's own files (a damaged draft or settings file set aside): our words and the English. */
export interface Notice {
  said: Said;
  /** English, complete: what the logs keep and the window shows when it has no words for `said`. */
  message: string;
}

/** Something reported with our words (`said`, when the Node side gives them) and the English text. */
export interface Reported {
  said?: Said;
  /** English, complete: what the CLI prints and the window shows when it has no words for `said`. */
  message: string | null;
  /** The vendor's own words, kept as they came. */
  vendorMessage?: string | null;
}
