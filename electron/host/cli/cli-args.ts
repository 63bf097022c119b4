import { UsageError } from './cli-io';

export type Flags = Record<string, string | boolean | undefined>;

export function requireString(flags: Flags, name: string): string {
  const v = flags[name];
  if (typeof v !== 'string' || v.trim() === '') throw new UsageError(`--${name} is required`);
  return v;
}

export function optionalString(flags: Flags, name: string): string | undefined {
  const v = flags[name];
  return typeof v === 'string' ? v : undefined;
}

/** Strict decimal parsing: "1e3", "12abc" or "" are refused with the flag's name. */
export function optionalNumber(flags: Flags, name: string, { integer = false } = {}): number | undefined {
  const v = optionalString(flags, name);
  if (v === undefined) return undefined;
  const text = v.replace(/,/g, '').trim();
  const ok = integer ? /^-?\d+$/.test(text) : /^-?\d+(\.\d+)?$/.test(text);
  if (!ok) throw new UsageError(`--${name} must be ${integer ? 'a whole number' : 'a number'}, got "${v}"`);
  return Number(text);
}

export function requireId(flags: Flags): number {
  const id = optionalNumber(flags, 'id', { integer: true });
  if (id === undefined) throw new UsageError('--id is required');
  return id;
}
