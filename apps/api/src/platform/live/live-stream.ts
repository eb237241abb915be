/**
 * A push-based async iterator: what a subscription resolver returns. Bounded: a subscriber
 * that stops reading is ended (it refetches when it comes back) instead of growing memory.
 */
export class LiveStream<T> implements AsyncIterableIterator<T> {
  private readonly buffer: T[] = [];
  private readonly waiting: ((result: IteratorResult<T>) => void)[] = [];
  private done = false;

  constructor(
    private readonly onClose: () => void,
    private readonly capacity = 100,
  ) {}

  push(value: T): void {
    if (this.done) return;
    const reader = this.waiting.shift();
    if (reader) reader({ value, done: false });
    else if (this.buffer.length >= this.capacity) this.end();
    else this.buffer.push(value);
  }

  /** Ends the stream: readers get `done` once the buffered values are read. */
  end(): void {
    if (this.done) return;
    this.done = true;
    for (const reader of this.waiting.splice(0)) reader({ value: undefined, done: true });
    this.onClose();
  }

  get closed(): boolean {
    return this.done;
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffer.length) return Promise.resolve({ value: this.buffer.shift()!, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.buffer.length = 0;
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    this.return();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
