import { z } from 'zod';
import { operation } from '../../common/contractKit';

/**
 * Locking after a time without use: an office computer left open at lunch
 * must not show confidential records to whoever walks by. The choice is
 * stored in the encrypted database, so it applies to this set of records on
 * every computer that opens it.
 */

export const autoLockChoices = [5, 10, 15, 30, 60] as const;
export type AutoLockMinutes = (typeof autoLockChoices)[number];
export const defaultAutoLockMinutes: AutoLockMinutes = 15;

export interface AutoLockSetting {
  /** Minutes without keyboard or mouse use before Trellis locks; null: never locks by itself. */
  minutes: AutoLockMinutes | null;
}

const minutesInput = z
  .number({ error: 'Choose after how many minutes Trellis locks, or never.' })
  .refine((n): n is AutoLockMinutes => (autoLockChoices as readonly number[]).includes(n), {
    error: 'Choose 5, 10, 15, 30 or 60 minutes, or never.',
  })
  .nullable();

export const autoLockSetInput = z.object({ minutes: minutesInput });

export const autoLockContract = {
  'autoLock.get': operation<AutoLockSetting>()(z.object({})),
  'autoLock.set': operation<AutoLockSetting>()(autoLockSetInput, { changes: ['autoLock'] }),
};
