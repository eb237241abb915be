/**
 * A value per (need class, capability class) pair, computed once and kept: the parts of a
 * pair's context that depend on what kind of listings they are (their profiles, their
 * places), which repeat across thousands of pairs. Rows by need class, grown as classes
 * appear; past `budget` values it starts again empty (memory stays bounded whatever the
 * number of organizations).
 */
export class PairValues {
  private rows: Float64Array[] = [];
  private held = 0;

  constructor(
    private readonly compute: (needClass: number, capabilityClass: number) => number,
    private readonly budget = 8_000_000,
  ) {}

  get(needClass: number, capabilityClass: number): number {
    let row = this.rows[needClass];
    if (row === undefined || row.length <= capabilityClass) {
      const grown = new Float64Array(Math.max(capabilityClass + 1, (row?.length ?? 0) * 2, 64));
      grown.fill(NaN);
      if (row) grown.set(row);
      this.held += grown.length - (row?.length ?? 0);
      if (this.held > this.budget) {
        this.rows = [];
        this.held = grown.length;
        grown.fill(NaN);
      }
      this.rows[needClass] = row = grown;
    }
    let value = row[capabilityClass]!;
    // NaN: not computed yet.
    if (value !== value) row[capabilityClass] = value = this.compute(needClass, capabilityClass);
    return value;
  }
}
