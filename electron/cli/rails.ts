/**
 * The hold-back rails of `pricedesk submit`, where nobody watches: the change limits
 * (shared/price-rails: +500 % / −80 % unless the connection's change threshold is
 * stricter) and below cost hold a row back, and a file with more than a fifth of its rows
 * held back sends nothing. Flags let a person who has checked the file allow each of these.
 */
import { dec, isDecimal } from '../../shared/money';
import { DEFAULT_SLIP_LIMITS, withThreshold, type HoldOverrides, type RailLimits } from '../../shared/price-rails';
import type { SubmissionRails } from '../../shared/submission';
import type { CliConnection } from './connection';
import { UsageError } from './errors';

/** The command line's overrides, as parsed. */
export interface RailFlags {
  maxIncrease?: string;
  maxDecrease?: string;
  allowBelowCost: boolean;
  allowPartial: boolean;
}

/** The rails one run uses, and how history records them. */
export interface CliRails {
  limits: RailLimits;
  overrides: HoldOverrides;
  record: SubmissionRails;
}

/** The flags `submit` takes for the rails, for parseArgs. */
export const RAIL_OPTIONS = {
  'max-increase': { type: 'string' },
  'max-decrease': { type: 'string' },
  'allow-below-cost': { type: 'boolean', default: false },
  'allow-partial': { type: 'boolean', default: false },
} as const;

function percentFlag(name: string, value: string): string {
  const text = value.trim().replace(/\s*%$/, '');
  if (!isDecimal(text) || dec(text).lt(0)) throw new UsageError(`--${name} takes a percent such as 1000 (no sign); found "${value}".`);
  return dec(text).toString();
}

export function cliRails(conn: Pick<CliConnection, 'threshold'>, flags: RailFlags): CliRails {
  const base: RailLimits = conn.threshold ? withThreshold(DEFAULT_SLIP_LIMITS, conn.threshold.percent, conn.threshold.from) : DEFAULT_SLIP_LIMITS;
  const limits: RailLimits = { ...base };
  const overrides: string[] = [];
  if (flags.maxIncrease !== undefined) {
    limits.maxUpPercent = percentFlag('max-increase', flags.maxIncrease);
    limits.upFrom = '--max-increase';
    overrides.push(`--max-increase ${limits.maxUpPercent}`);
  }
  if (flags.maxDecrease !== undefined) {
    limits.maxDownPercent = dec(percentFlag('max-decrease', flags.maxDecrease)).times(-1).toString();
    limits.downFrom = '--max-decrease';
    overrides.push(`--max-decrease ${dec(limits.maxDownPercent).abs().toString()}`);
  }
  if (flags.allowBelowCost) overrides.push('--allow-below-cost');
  if (flags.allowPartial) overrides.push('--allow-partial');
  return {
    limits,
    overrides: { belowCost: flags.allowBelowCost, partial: flags.allowPartial },
    record: {
      maxUpPercent: limits.maxUpPercent,
      maxDownPercent: limits.maxDownPercent,
      thresholdPercent: conn.threshold?.percent ?? null,
      allowBelowCost: flags.allowBelowCost,
      allowPartial: flags.allowPartial,
      overrides,
    },
  };
}

/** One line for the summary: the limits in force and the overrides. */
export function describeRails(rails: SubmissionRails): string {
  const threshold = rails.thresholdPercent !== null ? `, change threshold ±${rails.thresholdPercent} %` : '';
  const cost = rails.allowBelowCost ? 'below cost allowed' : 'below cost held back';
  return `Rails: held back above +${rails.maxUpPercent} % or below ${rails.maxDownPercent} %${threshold}, ${cost}; overrides in force: ${rails.overrides.join(' ') || 'none'}.`;
}
