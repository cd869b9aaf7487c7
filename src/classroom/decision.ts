// What a classroom rule answers: a value, or a refusal with its code (never a thrown
// sentence). The server turns a refusal into its HTTP answer or socket event.
import type { ServerRefusal } from '../online/reasons';

export type Decision<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly refusal: ServerRefusal };

export function ok<T>(value: T): Decision<T> {
  return { ok: true, value };
}

export function no<T = never>(refusal: ServerRefusal): Decision<T> {
  return { ok: false, refusal };
}

/** The decision with its value changed (a refusal stays as it is). */
export function mapDecision<T, U>(d: Decision<T>, f: (value: T) => U): Decision<U> {
  return d.ok ? ok(f(d.value)) : d;
}
