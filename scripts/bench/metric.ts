/** One benchmark figure, printed as one JSON line. Names stay stable across changes. */
export interface Metric {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}
