/**
 * Schema versions of the stored values and the migrations between them (run by @wxt-dev/storage when the
 * background opens the store). Rules: each step has a frozen example of the old and new shape and a test
 * (`tests/unit/storage-migrations.test.ts`); a step that throws leaves the stored version where it was, so a
 * failed migration never loses data.
 *
 * v1 (0.1.0): `orders` = Record<orderId, TrackedOrder>; `settings` = Settings.
 * orders v2 (layout): one key per order (`order:<id>` = TrackedOrder, the same schema) and an index
 *   (`orderIndex`); the v1 record is moved in one all-or-nothing write by `foldLegacyOrders` (utils/storage.ts),
 *   not by a per-value step here: a step maps one stored value to one, and this one value becomes thousands of
 *   keys. The version marker stays @wxt-dev/storage's `orders$`.
 * The index's compact form (utils/order-index.ts: entries as one string, with a summary) needs no step: the first
 *   v2 form (an object) is still read, and the next write stores it compact.
 * settings v2: the late dispute window after the protection end (`rules.lateDisputeDays`, lead days for
 *   `late_dispute_window_end`), and the protection estimate's default lowered from 90 days (the seller maximum,
 *   a month late for a typical order) to 40. A buyer's own protection length (anything but the old default 90)
 *   is kept as it is.
 * settings v3: lead days for `ship_by` (the seller's printed processing limit). The settings schema's `leadDays`
 *   names every kind (zod 4's record over an enum is exhaustive), so v2 settings get the default added.
 */
import { DEFAULT_RULES, DEFAULT_SETTINGS } from './model';

export const ORDERS_VERSION = 2;
export const SETTINGS_VERSION = 3;

/** The v1 default that v2 replaces; a stored 90 is that default saved with the options, not a choice. */
const V1_DEFAULT_PROTECTION_DAYS = 90;

export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: (old) => {
    // Anything not shaped like settings is left for the schema check to keep aside (never reset here).
    if (!isRecord(old) || !isRecord(old.rules) || !isRecord(old.leadDays)) return old;
    const protectionDays =
      old.rules.protectionDays === V1_DEFAULT_PROTECTION_DAYS ? DEFAULT_RULES.protectionDays : old.rules.protectionDays;
    return {
      ...old,
      rules: {
        ...old.rules,
        protectionDays,
        lateDisputeDays: old.rules.lateDisputeDays ?? DEFAULT_RULES.lateDisputeDays,
      },
      leadDays: {
        ...old.leadDays,
        late_dispute_window_end:
          old.leadDays.late_dispute_window_end ?? DEFAULT_SETTINGS.leadDays.late_dispute_window_end,
      },
    };
  },
  3: (old) => {
    if (!isRecord(old) || !isRecord(old.leadDays)) return old;
    return {
      ...old,
      leadDays: { ...old.leadDays, ship_by: old.leadDays.ship_by ?? DEFAULT_SETTINGS.leadDays.ship_by },
    };
  },
};

/**
 * Settings from a file written by an earlier version (an export): what that version did not know yet is filled
 * from today's defaults, and nothing the buyer set is changed (unlike the stored migrations above, which also move an
 * old default). An export does not say which settings version wrote it, so only this additive part is safe.
 */
export function completeSettings(old: unknown): unknown {
  if (!isRecord(old) || !isRecord(old.rules) || !isRecord(old.leadDays)) return old;
  return {
    ...old,
    rules: { ...DEFAULT_RULES, ...old.rules },
    leadDays: { ...DEFAULT_SETTINGS.leadDays, ...old.leadDays },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
