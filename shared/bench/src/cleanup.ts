/** Things to undo, last in first out, run once whether the bench succeeds, fails or is interrupted. */
export class Cleanup {
  readonly #steps: Array<{ label: string; run: () => Promise<unknown> | unknown }> = [];
  #running: Promise<void> | undefined;

  add(label: string, run: () => Promise<unknown> | unknown): void {
    this.#steps.push({ label, run });
  }

  run(): Promise<void> {
    this.#running ??= (async () => {
      for (let step = this.#steps.pop(); step; step = this.#steps.pop()) {
        try {
          await step.run();
        } catch (error) {
          console.error(`Nettoyage / cleanup « ${step.label} » : ${(error as Error).message}`);
        }
      }
    })();
    return this.#running;
  }
}

/** Rejects with a message naming what took too long, so a stuck step cannot hang the bench. */
export const withTimeout = async <T>(promise: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} : délai dépassé / timed out (${ms} ms)`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
};
