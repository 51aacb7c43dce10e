import {
  deskSchema,
  type Department,
  type Desk,
  type Hall,
  type ServiceWindow,
  type Staff,
} from '../../../shared/domain/organization';
import type { Result } from '../../../shared/domain/result';
import { err, ok } from '../../../shared/domain/result';

/** What the set-up form holds: ids as chosen in the selects, '' for "not chosen yet". */
export type DeskChoice = { departmentId: string; hallId: string; windowId: string; staffId: string };

export type Organization = {
  departments: readonly Department[];
  halls: readonly Hall[];
  windows: readonly ServiceWindow[];
  staff: readonly Staff[];
};

export type DeskChoiceField = keyof DeskChoice;
export type DeskChoiceErrors = Partial<Record<DeskChoiceField, 'missing' | 'mismatch'>>;

export const emptyDeskChoice: DeskChoice = { departmentId: '', hallId: '', windowId: '', staffId: '' };

/** The halls, windows and clerks the form offers for what is chosen so far. */
export const optionsFor = (org: Organization, choice: DeskChoice) => ({
  halls: org.halls.filter((hall) => hall.departmentId === choice.departmentId),
  windows: org.windows
    .filter((window) => window.hallId === choice.hallId)
    .sort((a, b) => a.number - b.number),
  staff: org.staff.filter((person) => person.departmentId === choice.departmentId),
});

/**
 * Changing an upper choice clears the choices below it that no longer fit, so the form can never
 * hold a window of another hall or a clerk of another department.
 */
export const changeChoice = (
  org: Organization,
  choice: DeskChoice,
  field: DeskChoiceField,
  value: string,
): DeskChoice => {
  const next = { ...choice, [field]: value };
  const options = optionsFor(org, next);
  if (!options.halls.some((hall) => hall.id === next.hallId)) next.hallId = '';
  if (!optionsFor(org, next).windows.some((window) => window.id === next.windowId)) next.windowId = '';
  if (!options.staff.some((person) => person.id === next.staffId)) next.staffId = '';
  return next;
};

/** Checks a submitted choice against the org tables; every missing field is reported at once. */
export const validateDeskChoice = (org: Organization, choice: DeskChoice): Result<Desk, DeskChoiceErrors> => {
  const errors: DeskChoiceErrors = {};
  const department = org.departments.find((entry) => entry.id === choice.departmentId);
  const hall = org.halls.find((entry) => entry.id === choice.hallId);
  const window = org.windows.find((entry) => entry.id === choice.windowId);
  const clerk = org.staff.find((entry) => entry.id === choice.staffId);
  // A department the server keeps without a bureau has no local row, only its halls (sync/org.ts):
  // owning a known hall is enough to set a desk up for it.
  const departmentKnown =
    department !== undefined || org.halls.some((entry) => entry.departmentId === choice.departmentId);
  if (!departmentKnown) errors.departmentId = 'missing';
  if (!hall) errors.hallId = 'missing';
  else if (departmentKnown && hall.departmentId !== choice.departmentId) errors.hallId = 'mismatch';
  if (!window) errors.windowId = 'missing';
  else if (hall && window.hallId !== hall.id) errors.windowId = 'mismatch';
  if (!clerk) errors.staffId = 'missing';
  else if (departmentKnown && clerk.departmentId !== choice.departmentId) errors.staffId = 'mismatch';
  if (Object.keys(errors).length > 0) return err(errors);
  const desk = deskSchema.safeParse(choice);
  return desk.success ? ok(desk.data) : err({ departmentId: 'mismatch' });
};
