import type { ItemId } from '../ids';
import type {
  Channel,
  Material,
  MaterialForm,
  ServiceItemFields,
  Step,
  TimeLimit,
} from '../domain/serviceItem';
import { seededItemId } from '../domain/serviceItem';
import type { AdminLevel, Authority, ConditionRef, WaitingPeriod, WindowRole } from '../domain/itemGuide';

/**
 * Builders for the demo catalog. Real guides repeat the same shapes (居民身份证 as original, a signed
 * application form, a dropped certificate with its replacement), so the defaults here are the common
 * case and each item states only what differs.
 */
export type DemoCatalogItem = ServiceItemFields & { id: ItemId };

export const workingDays = (value: number): TimeLimit => ({ value, unit: 'workingDays' });
export const naturalDays = (value: number): TimeLimit => ({ value, unit: 'naturalDays' });

type MaterialOptions = {
  required?: boolean;
  form?: MaterialForm;
  copies?: number;
  note?: string;
  /** Asked for only when the clerk answers the guide's question this way. */
  appliesWhen?: ConditionRef;
  /** 容缺: may be handed in later against a promise. */
  deferrable?: boolean;
};

export const material = (id: string, name: string, options: MaterialOptions = {}): Material => ({
  id,
  name,
  required: options.required ?? true,
  form: options.form ?? 'original',
  copies: options.copies ?? (options.form === 'copy' || options.form === 'originalAndCopy' ? 1 : 0),
  isCertificate: false,
  ...(options.note === undefined ? {} : { note: options.note }),
  ...(options.appliesWhen === undefined ? {} : { appliesWhen: options.appliesWhen }),
  ...(options.deferrable === undefined ? {} : { deferrable: options.deferrable }),
});

/** 证明事项 still required (on the kept list). */
export const certificate = (
  id: string,
  name: string,
  issuer: string,
  options: MaterialOptions = {},
): Material => ({ ...material(id, name, options), isCertificate: true, issuer });

/**
 * A certificate a published dropped list covers: the material links to the list entry by its key
 * (shared/demo/certificateLists.ts holds the entry, its method and its published wording), so the
 * catalog never restates what the list says.
 */
export const droppedCertificate = (
  id: string,
  name: string,
  issuer: string,
  link: { key: string; when?: ConditionRef },
): Material => ({
  ...material(id, name),
  isCertificate: true,
  issuer,
  dropped: { key: link.key, ...(link.when ? { when: link.when } : {}) },
});

/** 实施主体 and levels, for the common shapes: decided where accepted, or accepted below and decided above. */
export const decidedAt = (
  implementingBody: string,
  acceptLevels: Authority['acceptLevels'],
  decisionLevel: AdminLevel,
  decidingBody: string,
  windowRole: WindowRole,
): Authority => ({ implementingBody, acceptLevels, decisionLevel, decidingBody, windowRole });

/** 公示 N 日 in the village or community, not counted towards the handling limit. */
export const publicNotice = (days: number, stepId: string): WaitingPeriod => ({
  kind: 'publicNotice',
  value: days,
  unit: 'naturalDays',
  startsFrom: 'nextDay',
  stepId,
});

/** A signed form filled in at the window (申请表、声明书、授权书). */
export const signedForm = (id: string, name: string, note?: string): Material =>
  material(id, name, { form: 'signedForm', ...(note === undefined ? {} : { note }) });

export const idCard = (note?: string): Material =>
  material('sfz', '居民身份证', note === undefined ? {} : { note });

export const step = (id: string, title: string, actor: Step['actor'], description: string): Step => ({
  id,
  title,
  actor,
  description,
});

export const allChannels: Channel[] = ['window', 'online', 'mobile'];

/** Every demo item names who implements and decides it (the self-consistency test holds it to that). */
type ItemInput = Omit<ServiceItemFields, 'published' | 'fee' | 'authority'> &
  Partial<Pick<ServiceItemFields, 'fee'>> & { authority: Authority };

/** Demo items are published and free unless stated; ids follow `seededItemId` so every desk agrees. */
export const demoItem = (input: ItemInput): DemoCatalogItem => ({
  id: seededItemId(input.code),
  ...input,
  fee: input.fee ?? { kind: 'free' },
  published: true,
});
