import type { ItemId } from '../ids';
import type {
  Channel,
  Material,
  MaterialForm,
  ReplacementMethod,
  ServiceItemFields,
  Step,
  TimeLimit,
} from '../domain/serviceItem';
import { seededItemId } from '../domain/serviceItem';

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
};

export const material = (id: string, name: string, options: MaterialOptions = {}): Material => ({
  id,
  name,
  required: options.required ?? true,
  form: options.form ?? 'original',
  copies: options.copies ?? (options.form === 'copy' || options.form === 'originalAndCopy' ? 1 : 0),
  isCertificate: false,
  ...(options.note === undefined ? {} : { note: options.note }),
});

/** 证明事项 still required (on the kept list). */
export const certificate = (
  id: string,
  name: string,
  issuer: string,
  options: MaterialOptions = {},
): Material => ({ ...material(id, name, options), isCertificate: true, issuer });

/** A certificate on the dropped list: the applicant no longer brings it; the window replaces it. */
export const droppedCertificate = (
  id: string,
  name: string,
  issuer: string,
  replacementMethod: ReplacementMethod,
  replacement: string,
): Material => ({
  ...material(id, name),
  isCertificate: true,
  issuer,
  dropped: { replacementMethod, replacement },
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

type ItemInput = Omit<ServiceItemFields, 'published' | 'fee'> & Partial<Pick<ServiceItemFields, 'fee'>>;

/** Demo items are published and free unless stated; ids follow `seededItemId` so every desk agrees. */
export const demoItem = (input: ItemInput): DemoCatalogItem => ({
  id: seededItemId(input.code),
  ...input,
  fee: input.fee ?? { kind: 'free' },
  published: true,
});
